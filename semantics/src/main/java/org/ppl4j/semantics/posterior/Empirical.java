package org.ppl4j.semantics.posterior;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The result of an inference run: draws of a value, each with a log weight (all 0 for
 * unweighted draws), and the log evidence estimate where the method gives one.
 *
 * <p>Weights are unnormalised and kept in the log domain. Summaries (mean, sd, quantiles, ESS,
 * histograms, probabilities of discrete values, named numeric leaves) are computed from this
 * record by the classes of this package.
 *
 * @param <A> the type of a draw
 */
public record Empirical<A>(List<A> values, double[] logWeights, OptionalDouble logEvidence) {

  /** Validates the components; see the type's documentation for their domains. */
  public Empirical {
    values = List.copyOf(values);
    Objects.requireNonNull(logWeights, "logWeights");
    Objects.requireNonNull(logEvidence, "logEvidence");
    if (values.size() != logWeights.length) {
      throw new IllegalArgumentException(
          "values and logWeights differ in length: " + values.size() + " vs " + logWeights.length);
    }
    logWeights = logWeights.clone();
  }

  /** Equally weighted draws with no evidence estimate. */
  public static <A> Empirical<A> unweighted(List<A> values) {
    return new Empirical<>(values, new double[values.size()], OptionalDouble.empty());
  }

  /** The number of draws. */
  public int size() {
    return values.size();
  }

  /** A copy of the log weights. */
  @Override
  public double[] logWeights() {
    return logWeights.clone();
  }

  /** Whether every draw has the same weight. */
  public boolean isUnweighted() {
    return Arrays.stream(logWeights).distinct().count() <= 1;
  }
}
