package org.ppl4j.semantics.math;

/**
 * Log masses of the Poisson and binomial distributions in Loader's saddle-point form
 * (C. Loader, "Fast and accurate computation of binomial probabilities", 2000), which keeps
 * full relative accuracy for large counts where {@code k log(rate) - rate - lgamma(k + 1)}
 * loses digits to cancellation. For counts below 10 the direct formula is already exact to
 * rounding and is used.
 */
public final class SaddlePoint {
  private static final double SMALL = 10;

  private SaddlePoint() {}

  /**
   * The deviance term {@code x log(x / mean) + mean - x}, computed by a series in
   * {@code v = (x - mean) / (x + mean)} when x is close to the mean.
   *
   * @param x a count, &gt;= 0
   * @param mean a mean, &gt; 0
   */
  public static double deviance(double x, double mean) {
    if (x == 0) {
      return mean;
    }
    double difference = x - mean;
    if (Math.abs(difference) < 0.1 * (x + mean)) {
      double v = difference / (x + mean);
      double vSquared = v * v;
      double sum = difference * v;
      double term = 2 * x * v;
      for (int j = 1; j < 1000; j++) {
        term *= vSquared;
        double next = sum + term / (2 * j + 1);
        if (next == sum) {
          return next;
        }
        sum = next;
      }
      return sum;
    }
    return x * Math.log(x / mean) + mean - x;
  }

  /**
   * The Poisson log mass {@code k log(rate) - rate - log k!}.
   *
   * @param k count, &gt;= 0
   * @param rate mean, &gt;= 0
   */
  public static double logPoisson(double k, double rate) {
    if (k < SMALL || rate == 0) {
      return SpecialFunctions.xLogY(k, rate) - rate - SpecialFunctions.lgamma(k + 1);
    }
    return -SpecialFunctions.stirlingCorrection(k) - deviance(k, rate)
        - 0.5 * Math.log(k) - SpecialFunctions.LOG_SQRT_2PI;
  }

  /**
   * The binomial log mass {@code log C(n, k) + k log p + (n - k) log(1 - p)}.
   *
   * @param k successes, in 0..n
   * @param n trials, &gt;= 0
   * @param p success probability in [0, 1]
   */
  public static double logBinomial(double k, double n, double p) {
    double q = 1 - p;
    if (k < SMALL || n - k < SMALL || p == 0 || p == 1) {
      return SpecialFunctions.logChoose(n, k) + SpecialFunctions.xLogY(k, p)
          + SpecialFunctions.xLog1pY(n - k, -p);
    }
    double correction = SpecialFunctions.stirlingCorrection(n)
        - SpecialFunctions.stirlingCorrection(k) - SpecialFunctions.stirlingCorrection(n - k);
    return correction - deviance(k, n * p) - deviance(n - k, n * q)
        + 0.5 * Math.log(n / (k * (n - k))) - SpecialFunctions.LOG_SQRT_2PI;
  }
}
