package org.ppl4j.runner;

/**
 * A user error that has no place in the program's source (an unreadable file, a malformed data
 * file): reported as {@code ppl: error: MESSAGE}, exit code 1, never with a stack trace.
 * Errors that do have a place are {@link org.ppl4j.compiler.diagnostics.PplException}s (in the
 * program) or {@link org.ppl4j.runner.data.DataFileError}s (in a data file).
 */
public class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An error with a message that starts lower-case and names the bad value. */
  public UserError(String message) {
    super(message);
  }
}
