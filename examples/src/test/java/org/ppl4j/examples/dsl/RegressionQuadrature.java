package org.ppl4j.examples.dsl;

/**
 * Posterior means of the regression example by midpoint quadrature on a grid over slope,
 * intercept and sigma: an oracle independent of the sampler. The grid covers ±6 posterior
 * standard deviations of the coefficients (centred on least squares) and sigma in (0, 3].
 */
final class RegressionQuadrature {
  private static final int GRID = 100;

  private RegressionQuadrature() {}

  /** {@code [E slope, E intercept, E sigma]} under the example's priors. */
  static double[] posteriorMeans(double[] xs, double[] ys) {
    double[] ls = leastSquares(xs, ys);
    double[] lo = {ls[0] - 1.5, ls[1] - 1.5, 0.0};
    double[] width = {3.0, 3.0, 3.0};
    double[] logPost = new double[GRID * GRID * GRID];
    double max = Double.NEGATIVE_INFINITY;
    int k = 0;
    for (int a = 0; a < GRID; a++) {
      for (int b = 0; b < GRID; b++) {
        for (int c = 0; c < GRID; c++) {
          double[] t = point(lo, width, a, b, c);
          double lp = -t[0] * t[0] / 8 - t[1] * t[1] / 8 - t[2] * t[2] / 2;
          for (int i = 0; i < xs.length; i++) {
            double r = (ys[i] - t[1] - t[0] * xs[i]) / t[2];
            lp += -0.5 * r * r - Math.log(t[2]);
          }
          logPost[k++] = lp;
          max = Math.max(max, lp);
        }
      }
    }
    double[] sums = new double[3];
    double total = 0;
    k = 0;
    for (int a = 0; a < GRID; a++) {
      for (int b = 0; b < GRID; b++) {
        for (int c = 0; c < GRID; c++) {
          double w = Math.exp(logPost[k++] - max);
          double[] t = point(lo, width, a, b, c);
          total += w;
          for (int j = 0; j < 3; j++) {
            sums[j] += w * t[j];
          }
        }
      }
    }
    return new double[] {sums[0] / total, sums[1] / total, sums[2] / total};
  }

  private static double[] point(double[] lo, double[] width, int a, int b, int c) {
    return new double[] {
      lo[0] + width[0] * (a + 0.5) / GRID,
      lo[1] + width[1] * (b + 0.5) / GRID,
      lo[2] + width[2] * (c + 0.5) / GRID
    };
  }

  /** {@code [slope, intercept]} of the least-squares line. */
  private static double[] leastSquares(double[] xs, double[] ys) {
    double xBar = java.util.Arrays.stream(xs).average().orElseThrow();
    double yBar = java.util.Arrays.stream(ys).average().orElseThrow();
    double sxy = 0;
    double sxx = 0;
    for (int i = 0; i < xs.length; i++) {
      sxy += (xs[i] - xBar) * (ys[i] - yBar);
      sxx += (xs[i] - xBar) * (xs[i] - xBar);
    }
    return new double[] {sxy / sxx, yBar - sxy / sxx * xBar};
  }
}
