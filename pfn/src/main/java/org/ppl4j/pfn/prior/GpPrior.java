package org.ppl4j.pfn.prior;

import java.util.Map;
import org.ppl4j.semantics.math.Cholesky;
import org.ppl4j.semantics.random.Rng;

/**
 * The one-dimensional Gaussian-process prior of the PFN paper's GP experiment, in Java (the fast
 * path of {@code examples/pfn/gp_prior.ppl}): {@code x_i ~ U[0, 1]} i.i.d., then
 * {@code y ~ N(0, K + noise I)} with the RBF kernel
 * {@code K_ij = outputScale * exp(-(x_i - x_j)^2 / (2 lengthscale^2))}, drawn as {@code L z} with
 * the Cholesky factor L and standard normal z, in the order {@code gp_prior.ppl} draws them
 * (n uniforms, then the n normals of {@code mv_normal}), so the same seed gives the same data.
 *
 * @param lengthscale RBF lengthscale, &gt; 0
 * @param outputScale kernel variance, &gt; 0
 * @param noiseVariance observation noise variance, &gt; 0
 */
public record GpPrior(double lengthscale, double outputScale, double noiseVariance)
    implements DatasetPrior {

  /** Validates the parameters. */
  public GpPrior {
    if (!(lengthscale > 0) || !(outputScale > 0) || !(noiseVariance > 0)) {
      throw new IllegalArgumentException("GP prior needs lengthscale, outputScale and "
          + "noiseVariance > 0, got " + lengthscale + ", " + outputScale + ", "
          + noiseVariance);
    }
  }

  /** The prior of the benchmark: lengthscale 0.1, output scale 1, noise variance 1e-2. */
  public static GpPrior benchmark() {
    return new GpPrior(0.1, 1.0, 1e-2);
  }

  @Override
  public int xDim() {
    return 1;
  }

  /** The kernel {@code k(a, b)} without noise. */
  public double kernel(double a, double b) {
    double d = a - b;
    return outputScale * Math.exp(-d * d / (2 * lengthscale * lengthscale));
  }

  @Override
  public Dataset sample(int points, Rng rng) {
    double[] xs = new double[points];
    for (int i = 0; i < points; i++) {
      xs[i] = rng.nextDouble();
    }
    double[][] cov = new double[points][points];
    for (int i = 0; i < points; i++) {
      for (int j = 0; j <= i; j++) {
        cov[i][j] = kernel(xs[i], xs[j]) + (i == j ? noiseVariance : 0);
        cov[j][i] = cov[i][j];
      }
    }
    double[] z = new double[points];
    for (int i = 0; i < points; i++) {
      z[i] = rng.nextGaussian();
    }
    double[] y = Cholesky.of(cov).multiplyLower(z);
    double[][] x = new double[points][1];
    for (int i = 0; i < points; i++) {
      x[i][0] = xs[i];
    }
    return new Dataset(x, y, Map.of());
  }
}
