package org.ppl4j.inference.diagnostics;

import java.util.Objects;

/**
 * One warning about a run whose numbers may not be trustworthy, with what to do about it: the
 * check that fired and the message shown to the user (lower-case, no trailing period).
 *
 * @param check the check that fired
 * @param message what is wrong and what to do
 */
public record Warning(Check check, String message) {

  /** The checks of {@link RunWarnings}, after Stan's and ArviZ's. */
  public enum Check {
    /** Split R-hat above 1.01 for some leaf. */
    RHAT,
    /** Bulk or tail ESS below 100 per chain for some leaf. */
    ESS,
    /** Divergent NUTS transitions after warm-up. */
    DIVERGENCES,
    /** NUTS transitions stopped at the maximum tree depth. */
    TREEDEPTH,
    /** E-BFMI below 0.3 in some chain. */
    EBFMI,
    /** Fewer than 100 warm-up iterations for a sampler that adapts during warm-up. */
    WARMUP,
    /** An SMC population collapsed to few distinct particles, or its ESS fell below 1%. */
    PARTICLES,
    /** A Metropolis-Hastings acceptance rate below 1% or above 95%. */
    ACCEPTANCE,
    /** Pareto-smoothed importance weights with k̂ above 0.7 ({@link ParetoSmoothing}). */
    PARETO_K,
    /** What the method itself found (e.g. a network used outside its training range). */
    METHOD,
    /** A summary statistic that is not a finite number (draws at the edge of the doubles). */
    OVERFLOW
  }

  /** Requires both parts. */
  public Warning {
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(message, "message");
  }
}
