package org.ppl4j.inference.batched;

/**
 * Thrown by the batched population when a particle meets what only the per-particle run can
 * report in the program's own words (a parameter outside its domain, a rule that rejects its
 * arguments, a non-finite log weight, every particle dead): the caller then runs the population
 * particle by particle, which reports it exactly as it always has. Never escapes to a user.
 */
public final class BatchFallback extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A fallback for {@code reason}. */
  public BatchFallback(String reason) {
    super(reason, null, false, false);
  }
}
