package org.ppl4j.runner.output;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The summary of one numeric leaf of the posterior (LANGUAGE.md §8): weighted mean, standard
 * deviation, 5%, 50% and 95% quantiles, effective sample size (absent for exact results), and split R-hat where several
 * chains ran.
 */
public record LeafSummary(
    double mean, double sd, double q05, double q50, double q95, OptionalDouble ess,
    OptionalDouble rhat) {
  public LeafSummary {
    Objects.requireNonNull(ess, "ess");
    Objects.requireNonNull(rhat, "rhat");
  }
}
