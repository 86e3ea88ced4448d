package org.ppl4j.pfn.dt;

import org.ppl4j.semantics.random.Rng;

/**
 * The distribution over Gaussian-mixture priors a Distribution Transformer is trained on: K
 * uniform on {@code 1..maxComponents}, weights from a flat Dirichlet, means uniform on
 * {@code [meanLow, meanHigh]} per coordinate, Cholesky diagonals log-uniform on
 * {@code [minScale, maxScale]}, and strictly lower entries {@code correlation * L_ii * N(0, 1)}.
 * The priors used later must look like its draws (the authors' stated limit).
 *
 * @param maxComponents largest K, &gt; 0
 * @param meanLow lower end of the means, finite
 * @param meanHigh upper end of the means, &gt; meanLow
 * @param minScale smallest component scale, &gt; 0
 * @param maxScale largest component scale, &gt;= minScale
 * @param correlation scale of the off-diagonal Cholesky entries relative to the diagonal, &gt;= 0
 */
public record GmmMetaPrior(int maxComponents, double meanLow, double meanHigh, double minScale,
    double maxScale, double correlation) {

  /** Validates every field, naming the bad one. */
  public GmmMetaPrior {
    if (maxComponents <= 0) {
      throw new IllegalArgumentException("maxComponents must be > 0, got " + maxComponents);
    }
    if (!(Double.isFinite(meanLow) && Double.isFinite(meanHigh) && meanHigh > meanLow)) {
      throw new IllegalArgumentException(
          "means need meanLow < meanHigh, got [" + meanLow + ", " + meanHigh + "]");
    }
    if (!(minScale > 0 && maxScale >= minScale && Double.isFinite(maxScale))) {
      throw new IllegalArgumentException(
          "scales need 0 < minScale <= maxScale, got [" + minScale + ", " + maxScale + "]");
    }
    if (!(correlation >= 0 && Double.isFinite(correlation))) {
      throw new IllegalArgumentException("correlation must be >= 0, got " + correlation);
    }
  }

  /** Up to 5 components, means in [-5, 5], scales in [0.05, 3], correlation 0.5. */
  public static GmmMetaPrior defaults() {
    return new GmmMetaPrior(5, -5, 5, 0.05, 3, 0.5);
  }

  /** A random number of components, uniform on {@code 1..maxComponents}. */
  public int sampleComponents(Rng rng) {
    return 1 + rng.nextInt(maxComponents);
  }

  /** A random mixture of {@code k} components in {@code d} dimensions. */
  public Gmm sample(int k, int d, Rng rng) {
    double[] logWeights = new double[k];
    double[][] means = new double[k][d];
    double[][][] chol = new double[k][d][d];
    double logScaleRange = Math.log(maxScale / minScale);
    for (int c = 0; c < k; c++) {
      logWeights[c] = Math.log(-Math.log(1 - rng.nextDouble()));
      for (int i = 0; i < d; i++) {
        means[c][i] = meanLow + (meanHigh - meanLow) * rng.nextDouble();
        chol[c][i][i] = minScale * Math.exp(logScaleRange * rng.nextDouble());
        for (int j = 0; j < i; j++) {
          chol[c][i][j] = correlation * chol[c][i][i] * rng.nextGaussian();
        }
      }
    }
    return new Gmm(logWeights, means, chol);
  }
}
