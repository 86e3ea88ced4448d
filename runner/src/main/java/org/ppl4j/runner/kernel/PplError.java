package org.ppl4j.runner.kernel;

/**
 * An error a notebook user caused (a syntax or type error, bad data, a bad magic line), shown
 * in the notebook as its message only: it carries no Java stack trace, so neither the error
 * output nor the {@code execute_reply} traceback shows Java frames.
 */
public final class PplError extends Exception {

  private static final long serialVersionUID = 1L;

  /**
   * An error with the message shown to the user.
   *
   * @param message the rendered diagnostic, e.g. {@code cell:3:5: error: unknown name 'q'} with
   *     its source line and caret
   */
  public PplError(String message) {
    super(message, null, false, false);
  }
}
