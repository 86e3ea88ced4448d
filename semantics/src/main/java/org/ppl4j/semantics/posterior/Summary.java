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
 * split R-hat where several chains ran; and, for integer and boolean leaves with at most 50
 * distinct values, the probability of each value.
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
    Optional<Map<String, Double>> probabilities) {

  /** The most distinct values a leaf may have and still get {@link #probabilities}. */
  public static final int MAX_DISTINCT = 50;

  /** Validates the components; see the type's documentation for their domains. */
  public Summary {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(ess, "ess");
    Objects.requireNonNull(rhat, "rhat");
    Objects.requireNonNull(probabilities, "probabilities");
    probabilities = probabilities.map(p -> Collections.unmodifiableMap(new LinkedHashMap<>(p)));
  }

  /** The summary of draws of one leaf, with ESS and R-hat computed by the caller. */
  static Summary of(
      Leaf.Kind kind, WeightedValues draws, OptionalDouble ess, OptionalDouble rhat) {
    return new Summary(
        kind,
        draws.mean(),
        draws.sd(),
        draws.quantile(0.05),
        draws.quantile(0.50),
        draws.quantile(0.95),
        ess,
        rhat,
        kind.isDiscrete() ? draws.probabilities(kind, MAX_DISTINCT) : Optional.empty());
  }
}
