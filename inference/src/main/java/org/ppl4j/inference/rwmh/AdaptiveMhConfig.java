package org.ppl4j.inference.rwmh;

import java.util.Objects;
import org.ppl4j.inference.kernels.Proposal;
import org.ppl4j.inference.mh.MhConfig;

/**
 * Settings of {@link AdaptiveMh}.
 *
 * @param chains samples, warm-up, thinning, chains and threads, as for single-site MH
 * @param proposal which single-site moves are made
 * @param initialScale the step size every site starts from before adaptation, &gt; 0
 */
public record AdaptiveMhConfig(MhConfig chains, Proposal proposal, double initialScale) {

  /** Validates the components. */
  public AdaptiveMhConfig {
    Objects.requireNonNull(chains, "chains");
    Objects.requireNonNull(proposal, "proposal");
    if (!(initialScale > 0 && initialScale < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("initialScale must be > 0 and finite, got "
          + initialScale);
    }
  }

  /** MH's defaults, {@link Proposal#AUTO}, initial step size 1. */
  public static AdaptiveMhConfig defaults() {
    return new AdaptiveMhConfig(MhConfig.defaults(), Proposal.AUTO, 1.0);
  }
}
