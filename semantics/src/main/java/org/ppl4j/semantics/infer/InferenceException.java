package org.ppl4j.semantics.infer;

/**
 * An error a user can cause by asking an inference method for something it cannot do on this
 * model (a continuous choice under enumeration, every execution having zero weight, a
 * rejection sampler that accepts nothing). The message is written for the user: it starts with
 * the method's name, names the distribution or value at fault and suggests what to do, and
 * never mentions a Java class.
 */
public final class InferenceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An error with a user-facing {@code message}. */
  public InferenceException(String message) {
    super(message);
  }
}
