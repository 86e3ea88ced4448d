package org.ppl4j.runner.kernel;

import org.ppl4j.runner.UserError;

/**
 * What a notebook shows for an error the user caused: the text of a {@link UserError} as
 * {@link UserError#render()} renders it (the same text {@code ppl run} prints), or a message
 * about the notebook's own syntax (a bad magic line or cell option, as the command line's
 * argument errors are its own). A checked exception without a Java stack trace, so that neither
 * the error output nor the {@code execute_reply} traceback shows Java frames.
 */
public final class PplError extends Exception {

  private static final long serialVersionUID = 1L;

  /**
   * An error with the message shown to the user.
   *
   * @param message the text shown, e.g. {@code cell:3:5: error: unknown name 'q'} with its
   *     source line and caret
   */
  public PplError(String message) {
    super(message, null, false, false);
  }

  /** The notebook's form of {@code error}: its one rendering. */
  public static PplError of(UserError error) {
    return new PplError(error.render());
  }
}
