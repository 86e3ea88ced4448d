package org.ppl4j.semantics.dist;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntToDoubleFunction;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;

/** One-sample Kolmogorov–Smirnov and Pearson chi-square tests with their p-values. */
final class GoodnessOfFit {
  /** The significance level of every sampling test: a test fails when p &lt; 1e-4. */
  static final double LEVEL = 1e-4;

  private GoodnessOfFit() {}

  /** A test statistic with its p-value. */
  record Result(double statistic, double pValue, String detail) {}

  /**
   * The KS statistic {@code D = sup |F_n - F|} of {@code draws} against {@code cdf}, and its
   * p-value from Commons Math's distribution of D for sample size n.
   */
  static Result kolmogorovSmirnov(double[] draws, DoubleUnaryOperator cdf) {
    double[] sorted = draws.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    double d = 0;
    for (int i = 0; i < n; i++) {
      double f = cdf.applyAsDouble(sorted[i]);
      d = Math.max(d, Math.max((i + 1.0) / n - f, f - (double) i / n));
    }
    double p = 1 - new KolmogorovSmirnovTest().cdf(d, n);
    return new Result(d, p, "D = " + d);
  }

  /**
   * Pearson's chi-square of integer {@code draws} against {@code logMass}, with cells formed
   * from {@code lower} upwards by merging neighbours until each expects at least 5 draws; the
   * last cell also takes the whole upper tail.
   */
  static Result chiSquare(int[] draws, IntToDoubleFunction logMass, int lower) {
    int n = draws.length;
    List<int[]> cellBounds = new ArrayList<>();
    List<Double> cellMass = new ArrayList<>();
    double cumulative = 0;
    int start = lower;
    double mass = 0;
    for (long k = lower; k <= Integer.MAX_VALUE && cumulative < 1 - 1e-12; k++) {
      double pk = Math.exp(logMass.applyAsDouble((int) k));
      mass += pk;
      cumulative += pk;
      if (mass * n >= 5) {
        cellBounds.add(new int[] {start, (int) k});
        cellMass.add(mass);
        start = (int) k + 1;
        mass = 0;
      }
    }
    // The remaining mass (tail) joins the last cell, which then extends to +infinity.
    int last = cellBounds.size() - 1;
    cellMass.set(last, cellMass.get(last) + mass + Math.max(0, 1 - cumulative));
    cellBounds.get(last)[1] = Integer.MAX_VALUE;
    long[] observed = new long[cellBounds.size()];
    for (int x : draws) {
      for (int c = 0; c < cellBounds.size(); c++) {
        if (x >= cellBounds.get(c)[0] && x <= cellBounds.get(c)[1]) {
          observed[c]++;
          break;
        }
      }
    }
    double statistic = 0;
    long counted = 0;
    for (int c = 0; c < observed.length; c++) {
      double expected = n * cellMass.get(c);
      statistic += (observed[c] - expected) * (observed[c] - expected) / expected;
      counted += observed[c];
    }
    if (counted != n) {
      // Draws below the support's lower bound: the sampler is wrong.
      return new Result(Double.POSITIVE_INFINITY, 0, (n - counted) + " draws below " + lower);
    }
    int degreesOfFreedom = observed.length - 1;
    if (degreesOfFreedom == 0) {
      // One cell holding the whole support, and every draw fell in it.
      return new Result(0, 1, "a single cell");
    }
    double p = 1 - new ChiSquaredDistribution(degreesOfFreedom).cumulativeProbability(statistic);
    return new Result(statistic, p, "chi2 = " + statistic + " on " + degreesOfFreedom + " df");
  }
}
