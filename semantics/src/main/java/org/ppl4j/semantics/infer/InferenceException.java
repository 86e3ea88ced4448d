package org.ppl4j.semantics.infer;

import org.ppl4j.semantics.model.ScoreSite;

/**
 * An error a user can cause by asking an inference method for something it cannot do on this
 * model (a continuous choice under enumeration, every execution having zero weight, a
 * rejection sampler that accepts nothing). The message is written for the user: it starts with
 * the method's name, names the distribution or value at fault and suggests what to do, and
 * never mentions a Java class.
 */
public final class InferenceException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient ScoreSite site;

  /** An error with a user-facing {@code message}. */
  public InferenceException(String message) {
    this(message, ScoreSite.NONE);
  }

  /**
   * An error with a user-facing {@code message} about the score at {@code site} (e.g. the
   * condition that rejected every draw), which a front end may point at.
   */
  public InferenceException(String message, ScoreSite site) {
    super(message);
    this.site = java.util.Objects.requireNonNull(site, "site");
  }

  /** The score the error is about; {@link ScoreSite#NONE} when none. */
  public ScoreSite site() {
    return site;
  }
}
