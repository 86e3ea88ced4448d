package org.ppl4j.inference.nuts;

/**
 * Welford's running mean and variance per coordinate, and Stan's regularised metric:
 * {@code n/(n+5) var + 1e-3 * 5/(n+5)}, which shrinks a short window's estimate towards a
 * small constant. Mutable, owned by one chain.
 */
final class VarianceEstimator {
  private final double[] mean;
  private final double[] m2;
  private int n;

  VarianceEstimator(int dimension) {
    mean = new double[dimension];
    m2 = new double[dimension];
  }

  void add(double[] x) {
    n++;
    for (int i = 0; i < mean.length; i++) {
      double delta = x[i] - mean[i];
      mean[i] += delta / n;
      m2[i] += delta * (x[i] - mean[i]);
    }
  }

  /** Writes the regularised variance into {@code out} and restarts the estimator. */
  void regularisedVarianceInto(double[] out) {
    for (int i = 0; i < mean.length; i++) {
      double variance = n > 1 ? m2[i] / (n - 1) : 1.0;
      out[i] = (n / (n + 5.0)) * variance + 1e-3 * (5.0 / (n + 5.0));
    }
    n = 0;
    java.util.Arrays.fill(mean, 0);
    java.util.Arrays.fill(m2, 0);
  }
}
