package org.ppl4j.runner.data;

/**
 * A value in a data file that does not fit the declared type: what was found and where
 * ({@code flips[3]}, {@code point.x}). Caught by {@link DataLoader}, which turns it into a
 * diagnostic at the {@code data} declaration.
 */
final class DataMismatch extends Exception {
  private static final long serialVersionUID = 1L;
  private final String found;
  private final String path;

  DataMismatch(String found, String path) {
    super(found + " at " + path, null, false, false);
    this.found = found;
    this.path = path;
  }

  /** What was found, e.g. {@code "a number"} or {@code "'yes'"}. */
  String found() {
    return found;
  }

  /** Where: the input's name followed by indices and fields. */
  String path() {
    return path;
  }
}
