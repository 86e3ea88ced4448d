package org.ppl4j.semantics.dist;

/**
 * A draw that the language cannot represent: a count beyond the largest {@code Int} (for
 * instance from {@code poisson(1e300)}). The parameters are valid, so this is not a parameter
 * error, and the same distribution may still score observations; only drawing from it fails.
 * The message is written for the user and names the distribution; the draw's place in the
 * program is added where the draw happens ({@code Step.Sampled.resumeWithDraw}).
 */
public final class DrawOutOfRangeException extends ArithmeticException {
  private static final long serialVersionUID = 1L;

  /** An error with a user-facing {@code message}. */
  public DrawOutOfRangeException(String message) {
    super(message);
  }
}
