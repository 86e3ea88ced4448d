package org.ppl4j.semantics.posterior;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The posterior summary of one numeric leaf (LANGUAGE.md §8): weighted mean, standard
 * deviation and 5%, 50%, 95% quantiles; the effective sample size (Kish for weighted or
 * independent draws, rank-normalised bulk ESS for Markov chains, absent for exact results); the
 * split R-hat where several chains ran; for integer and boolean leaves with at most 50
 * distinct values, the probability of each value; the tail ESS (for chains, the ESS of the 5%
 * and 95% quantile indicators, Vehtari et al. 2021; for weighted or independent draws, the same
 * Kish ESS as {@code ess}); and the Monte Carlo standard error of the mean, {@code sd / √ess}.
 *
 * @param kind the kind of value the leaf holds
 * @param mean the posterior mean
 * @param sd the posterior standard deviation
 * @param q05 the 5% quantile
 * @param q50 the median
 * @param q95 the 95% quantile
 * @param ess the effective sample size, absent for exact results or when undefined
 * @param rhat the rank-normalised split R-hat, present only when two or more chains ran
 * @param probabilities value label → probability, for discrete leaves with ≤ 50 values
 * @param tailEss the tail effective sample size, absent where {@code ess} is or when undefined
 * @param mcse the Monte Carlo standard error of the mean, {@code sd / √ess}, absent where
 *     {@code ess} is
 */
public record Summary(
    Leaf.Kind kind,
    double mean,
    double sd,
    double q05,
    double q50,
    double q95,
    OptionalDouble ess,
    OptionalDouble rhat,
    Optional<Map<String, Double>> probabilities,
    OptionalDouble tailEss,
    OptionalDouble mcse) {

  /** The most distinct values a leaf may have and still get {@link #probabilities}. */
  public static final int MAX_DISTINCT = 50;

  /** Validates the components; see the type's documentation for their domains. */
  public Summary {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(ess, "ess");
    Objects.requireNonNull(rhat, "rhat");
    Objects.requireNonNull(probabilities, "probabilities");
    Objects.requireNonNull(tailEss, "tailEss");
    Objects.requireNonNull(mcse, "mcse");
    probabilities = probabilities.map(p -> Collections.unmodifiableMap(new LinkedHashMap<>(p)));
  }

  /** A summary without tail ESS and MCSE (both absent). */
  public Summary(Leaf.Kind kind, double mean, double sd, double q05, double q50, double q95,
      OptionalDouble ess, OptionalDouble rhat, Optional<Map<String, Double>> probabilities) {
    this(kind, mean, sd, q05, q50, q95, ess, rhat, probabilities, OptionalDouble.empty(),
        OptionalDouble.empty());
  }

  /**
   * The summary of draws of one leaf, with the bulk and tail ESS and R-hat computed by the
   * caller; the MCSE follows from the standard deviation and the bulk ESS.
   */
  static Summary of(Leaf.Kind kind, WeightedValues draws, OptionalDouble ess,
      OptionalDouble tailEss, OptionalDouble rhat) {
    double sd = draws.sd();
    OptionalDouble mcse = ess.isPresent() && ess.getAsDouble() > 0
        ? OptionalDouble.of(sd / Math.sqrt(ess.getAsDouble())) : OptionalDouble.empty();
    return new Summary(
        kind,
        draws.mean(),
        sd,
        draws.quantile(0.05),
        draws.quantile(0.50),
        draws.quantile(0.95),
        ess,
        rhat,
        kind.isDiscrete() ? draws.probabilities(kind, MAX_DISTINCT) : Optional.empty(),
        tailEss,
        mcse);
  }
}
