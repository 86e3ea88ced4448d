package org.ppl4j.pfn;

import org.ppl4j.semantics.random.Rng;

/**
 * Draws the number n of context points per training step for sequences of T points on
 * {@code [0, T - 1]}: with probability proportional to {@code 1 / (T - n)} (the one-argument
 * constructor), so that each n contributes about the same number of query points to training,
 * or uniformly as in Müller et al. (2022); see {@link ContextSizes}.
 */
public final class ContextSizeSampler {

  private final double[] cumulative;
  private final double expectedQueries;

  /**
   * A sampler with probability proportional to {@code 1 / (T - n)} for sequences of
   * {@code points >= 2} points.
   */
  public ContextSizeSampler(int points) {
    this(points, ContextSizes.EQUAL_QUERIES);
  }

  /** A sampler of the given distribution for sequences of {@code points >= 2} points. */
  public ContextSizeSampler(int points, ContextSizes sizes) {
    cumulative = new double[points];
    double total = 0;
    double queries = 0;
    for (int n = 0; n < points; n++) {
      double weight = sizes == ContextSizes.UNIFORM ? 1.0 : 1.0 / (points - n);
      total += weight;
      queries += weight * (points - n);
      cumulative[n] = total;
    }
    for (int n = 0; n < points; n++) {
      cumulative[n] /= total;
    }
    this.expectedQueries = queries / total;
  }

  /**
   * {@code E[T - n]}, the mean number of query points per sequence: {@code T / H_T} for
   * {@link ContextSizes#EQUAL_QUERIES}, {@code (T + 1) / 2} for {@link ContextSizes#UNIFORM}.
   */
  public double expectedQueries() {
    return expectedQueries;
  }

  /** One draw of n in {@code [0, T - 1]}. */
  public int draw(Rng rng) {
    double u = rng.nextDouble();
    for (int n = 0; n < cumulative.length; n++) {
      if (u < cumulative[n]) {
        return n;
      }
    }
    return cumulative.length - 1;
  }

  /** Probability of {@code n}. */
  public double probability(int n) {
    return cumulative[n] - (n == 0 ? 0 : cumulative[n - 1]);
  }
}
