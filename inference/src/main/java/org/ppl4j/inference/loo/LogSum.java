package org.ppl4j.inference.loo;

/** Log-domain sums of the pointwise computations. */
final class LogSum {
  private LogSum() {}

  /** {@code log Σ exp(x_i)}, stable; {@code -inf} when every term is. */
  static double logSumExp(double[] x) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : x) {
      max = Math.max(max, v);
    }
    if (max == Double.NEGATIVE_INFINITY) {
      return max;
    }
    double s = 0;
    for (double v : x) {
      s += Math.exp(v - max);
    }
    return max + Math.log(s);
  }

  /** {@code log (1/S) Σ exp(x_s)}: the log of the posterior mean of the likelihood. */
  static double logMeanExp(double[] x) {
    return logSumExp(x) - Math.log(x.length);
  }
}
