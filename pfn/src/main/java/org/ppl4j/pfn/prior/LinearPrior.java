package org.ppl4j.pfn.prior;

import java.util.Map;
import org.ppl4j.semantics.random.Rng;

/**
 * The linear-model prior of {@code examples/pfn/linear_prior.ppl}, in Java:
 * {@code slope ~ N(0, 1)}, {@code intercept ~ N(0, 1)}, {@code x_i ~ U[-1, 1]},
 * {@code y_i ~ N(intercept + slope x_i, noiseSd)}; latents {@code slope} and {@code intercept}.
 * With known noise the posterior of (intercept, slope) is Gaussian in closed form
 * ({@link #posteriorSlope}), an oracle for the latent head.
 *
 * @param noiseSd observation noise standard deviation, &gt; 0
 */
public record LinearPrior(double noiseSd) implements DatasetPrior {

  /** Validates the noise. */
  public LinearPrior {
    if (!(noiseSd > 0)) {
      throw new IllegalArgumentException("noiseSd must be > 0, got " + noiseSd);
    }
  }

  @Override
  public int xDim() {
    return 1;
  }

  @Override
  public Dataset sample(int points, Rng rng) {
    double slope = rng.nextGaussian();
    double intercept = rng.nextGaussian();
    double[][] x = new double[points][1];
    double[] y = new double[points];
    for (int i = 0; i < points; i++) {
      x[i][0] = -1 + 2 * rng.nextDouble();
    }
    for (int i = 0; i < points; i++) {
      y[i] = intercept + slope * x[i][0] + noiseSd * rng.nextGaussian();
    }
    return new Dataset(x, y, Map.of("slope", slope, "intercept", intercept));
  }

  /**
   * The exact posterior of the slope given the first {@code n} points: returns {mean, sd}.
   * Conjugate Bayesian linear regression with prior N(0, I) on (intercept, slope).
   */
  public double[] posteriorSlope(double[][] x, double[] y, int n) {
    double s2 = noiseSd * noiseSd;
    double a00 = 1;
    double a01 = 0;
    double a11 = 1;
    double b0 = 0;
    double b1 = 0;
    for (int i = 0; i < n; i++) {
      double xi = x[i][0];
      a00 += 1 / s2;
      a01 += xi / s2;
      a11 += xi * xi / s2;
      b0 += y[i] / s2;
      b1 += xi * y[i] / s2;
    }
    double det = a00 * a11 - a01 * a01;
    double mean = (a00 * b1 - a01 * b0) / det;
    double var = a00 / det;
    return new double[] {mean, Math.sqrt(var)};
  }
}
