package org.ppl4j.runner.kernel;

import java.util.Objects;
import org.ppl4j.runner.UserError;

/**
 * A {@link UserError} on its way to a notebook: the checked exception the kernel and the
 * {@code %%ppl} magic throw, whose message is the error's one rendering,
 * {@link UserError#render()} (the same text {@code ppl run} prints). It carries no Java stack
 * trace, so that neither the error output nor the {@code execute_reply} traceback shows Java
 * frames.
 */
public final class PplError extends Exception {

  private static final long serialVersionUID = 1L;
  private final transient UserError error;

  private PplError(UserError error) {
    super(error.render(), null, false, false);
    this.error = error;
  }

  /**
   * An error in the notebook's own syntax (a bad magic line, a bad {@code --out} name, a
   * notebook variable that cannot be read), as the command line's argument errors are its
   * own: a {@link UserError.Usage}, shown as {@code error: MESSAGE}.
   *
   * @param message what is wrong, lower-case, naming the bad value
   */
  public PplError(String message) {
    this(UserError.usage(Objects.requireNonNull(message, "message")));
  }

  /** The notebook's form of {@code error}. */
  public static PplError of(UserError error) {
    return new PplError(Objects.requireNonNull(error, "error"));
  }

  /** The user error shown. */
  public UserError error() {
    return error;
  }
}
