package org.ppl4j.semantics.value;

import java.util.List;

/**
 * An array {@code T[]}: an immutable list of values, indexed from 0. Builtins that make an array
 * of a requested length ({@code a..b}, {@code repeat}) refuse one longer than {@link
 * #MAX_LENGTH}, so that a mistyped bound fails at once with a clear error instead of running out
 * of memory or time.
 */
public record ArrayValue(List<Value> elements) implements Value {
  /** The most elements an array made by a range or {@code repeat} may hold: 10,000,000. */
  public static final long MAX_LENGTH = 10_000_000;

  /**
   * Checks a requested array length.
   *
   * @param what the construct asking, for the message (e.g. {@code "range 0..2000000000"})
   * @throws IllegalArgumentException if {@code length > MAX_LENGTH}
   */
  public static void requireMaxLength(long length, String what) {
    if (length > MAX_LENGTH) {
      throw new IllegalArgumentException(what + " would make an array of " + length
          + " elements; arrays hold at most " + MAX_LENGTH);
    }
  }

  public ArrayValue {
    elements = List.copyOf(elements);
  }

  @Override
  public String typeName() {
    return elements.isEmpty() ? "[]" : elements.get(0).typeName() + "[]";
  }
}
