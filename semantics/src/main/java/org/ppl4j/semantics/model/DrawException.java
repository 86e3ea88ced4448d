package org.ppl4j.semantics.model;

/**
 * A draw that failed at a known place in the model: the distribution could not give a value
 * the language can represent ({@link org.ppl4j.semantics.dist.DrawOutOfRangeException}). It
 * carries the draw's {@link ScoreSite} so that a front end can point at the statement, as it
 * does for a score that rejected every particle. The message is written for the user.
 */
public final class DrawException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient ScoreSite site;

  /** The failure {@code message} of the draw at {@code site}. */
  public DrawException(String message, ScoreSite site) {
    super(message);
    this.site = java.util.Objects.requireNonNull(site, "site");
  }

  /** Where the draw is; {@link ScoreSite#NONE} when unknown. */
  public ScoreSite site() {
    return site;
  }
}
