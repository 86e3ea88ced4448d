package org.ppl4j.pfn.train;

import org.ppl4j.semantics.random.Rng;

/**
 * Draws the number n of context points per training step for sequences of T points, with
 * probability proportional to {@code 1 / (T - n)} on {@code [0, T - 1]}: each n then contributes
 * about the same number of query points to training (Müller et al. 2022).
 */
public final class ContextSizeSampler {

  private final double[] cumulative;
  private final double expectedQueries;

  /**
   * A sampler for sequences of {@code points >= 2} points.
   */
  public ContextSizeSampler(int points) {
    cumulative = new double[points];
    double total = 0;
    for (int n = 0; n < points; n++) {
      total += 1.0 / (points - n);
      cumulative[n] = total;
    }
    for (int n = 0; n < points; n++) {
      cumulative[n] /= total;
    }
    this.expectedQueries = points / total;
  }

  /** {@code E[T - n] = T / H_T}: the mean number of query points per sequence. */
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
