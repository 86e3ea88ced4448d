package org.ppl4j.inference.population;

/** Arithmetic on weights kept in the log domain, stable for very small or large weights. */
public final class LogWeights {
  private LogWeights() {}

  /**
   * {@code log(sum_i exp(logWeights[i]))}; negative infinity when every weight is zero.
   *
   * @param logWeights log weights, none NaN
   */
  public static double logSumExp(double[] logWeights) {
    double max = Double.NEGATIVE_INFINITY;
    for (double lw : logWeights) {
      max = Math.max(max, lw);
    }
    if (max == Double.NEGATIVE_INFINITY || max == Double.POSITIVE_INFINITY) {
      return max;
    }
    double sum = 0;
    for (double lw : logWeights) {
      sum += Math.exp(lw - max);
    }
    return max + Math.log(sum);
  }

  /**
   * The normalised weights {@code exp(logWeights[i] - logSumExp(logWeights))}, summing to 1.
   *
   * @param logWeights log weights, not all negative infinity
   */
  public static double[] normalised(double[] logWeights) {
    double logTotal = logSumExp(logWeights);
    double[] w = new double[logWeights.length];
    for (int i = 0; i < w.length; i++) {
      w[i] = Math.exp(logWeights[i] - logTotal);
    }
    return w;
  }
}
