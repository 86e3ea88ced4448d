package org.ppl4j.inference.loo;

/** Log-domain sums of the pointwise computations. */
final class LogSum {
  private LogSum() {}

  /** {@code log Σ exp(x_i)}, stable; {@code -inf} when every term is (the one implementation). */
  static double logSumExp(double[] x) {
    return org.ppl4j.semantics.math.SpecialFunctions.logSumExp(x);
  }

  /** {@code log (1/S) Σ exp(x_s)}: the log of the posterior mean of the likelihood. */
  static double logMeanExp(double[] x) {
    return logSumExp(x) - Math.log(x.length);
  }
}
