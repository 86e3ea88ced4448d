package org.ppl4j.pfn.dt.evaluation;

import java.util.OptionalInt;
import org.ppl4j.pfn.dt.Likelihood;
import org.ppl4j.semantics.random.Rng;

/**
 * Observations {@code y_i ~ N(theta, noise^2)} of a scalar mean with known noise: the conjugate
 * case whose posterior under a Gaussian-mixture prior is a Gaussian mixture
 * ({@link ExactGaussianMean}). The same likelihood as {@code examples/dt/gaussian_mean.ppl}.
 *
 * @param noise observation standard deviation, &gt; 0
 */
public record GaussianMeanLikelihood(double noise) implements Likelihood {

  /** Validates the noise. */
  public GaussianMeanLikelihood {
    if (!(noise > 0 && Double.isFinite(noise))) {
      throw new IllegalArgumentException("noise must be > 0, got " + noise);
    }
  }

  @Override
  public int latentDim() {
    return 1;
  }

  @Override
  public int observationDim() {
    return 1;
  }

  @Override
  public OptionalInt fixedCount() {
    return OptionalInt.empty();
  }

  @Override
  public double[][] observe(double[] latent, int count, Rng rng) {
    double[][] y = new double[count][1];
    for (int i = 0; i < count; i++) {
      y[i][0] = latent[0] + noise * rng.nextGaussian();
    }
    return y;
  }
}
