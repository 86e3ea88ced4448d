package org.ppl4j.inference.population;

import org.ppl4j.semantics.math.SpecialFunctions;

/**
 * Arithmetic on weights kept in the log domain, stable for very small or large weights; the
 * log-sum-exp itself is {@link SpecialFunctions#logSumExp}.
 */
public final class LogWeights {
  private LogWeights() {}

  /**
   * The normalised weights {@code exp(logWeights[i] - logSumExp(logWeights))}, summing to 1.
   *
   * @param logWeights log weights, not all negative infinity
   */
  public static double[] normalised(double[] logWeights) {
    double logTotal = SpecialFunctions.logSumExp(logWeights);
    double[] w = new double[logWeights.length];
    for (int i = 0; i < w.length; i++) {
      w[i] = Math.exp(logWeights[i] - logTotal);
    }
    return w;
  }

  /**
   * The normalised weights as {@code exp(logWeights[i] - max) / sum_j exp(logWeights[j] - max)}:
   * the same weights as {@link #normalised} up to rounding, in the arithmetic the weighted
   * summaries (the DT's draws, the posterior predictive) were written with, so their printed
   * digits stay as they were.
   *
   * @param logWeights log weights, not all negative infinity
   */
  public static double[] normalisedByMax(double[] logWeights) {
    double max = java.util.Arrays.stream(logWeights).max().orElse(0);
    double[] w = new double[logWeights.length];
    double total = 0;
    for (int i = 0; i < w.length; i++) {
      w[i] = Math.exp(logWeights[i] - max);
      total += w[i];
    }
    for (int i = 0; i < w.length; i++) {
      w[i] /= total;
    }
    return w;
  }
}
