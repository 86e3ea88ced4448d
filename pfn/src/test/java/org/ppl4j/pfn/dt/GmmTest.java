package org.ppl4j.pfn.dt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ppl4j.pfn.dt.evaluation.ExactGaussianMean;
import org.ppl4j.semantics.random.Rng;

/**
 * Gaussian mixtures: densities against closed forms, draws against the mean (z-test), feature
 * coding round trip, the random-walk convolution, and the exact conjugate posterior and
 * evidence against numerical integration.
 */
class GmmTest {

  @Test
  void densityOfAMixtureOfNormals() {
    Gmm g = Gmm.univariate(new double[] {1, 3}, new double[] {-1, 2}, new double[] {0.5, 2});
    double x = 0.7;
    double expected = 0.25 * normal(x, -1, 0.5) + 0.75 * normal(x, 2, 2);
    assertEquals(Math.log(expected), g.logDensity(new double[] {x}), 1e-12);
  }

  @Test
  void bivariateDensityUsesTheCholeskyFactor() {
    double[][] l = {{2, 0}, {0.6, 0.5}};
    Gmm g = Gmm.gaussian(new double[] {1, -1}, l);
    double[][] s = g.covariance(0);
    double det = s[0][0] * s[1][1] - s[0][1] * s[1][0];
    double dx = 0.5;
    double dy = 0.2;
    double quad = (s[1][1] * dx * dx - 2 * s[0][1] * dx * dy + s[0][0] * dy * dy) / det;
    double expected = -Math.log(2 * Math.PI) - 0.5 * Math.log(det) - 0.5 * quad;
    assertEquals(expected, g.logDensity(new double[] {1.5, -0.8}), 1e-12);
  }

  @Test
  void sampleMeanMatches() {
    Gmm g = Gmm.univariate(new double[] {1, 1}, new double[] {-2, 3}, new double[] {1, 0.5});
    long seed = 5;
    int n = 20_000;
    Rng rng = Rng.seeded(seed);
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += g.sample(rng)[0];
    }
    double variance = 0.5 * (1 + 4) + 0.5 * (0.25 + 9) - 0.25;
    double z = (sum / n - 0.5) / Math.sqrt(variance / n);
    assertTrue(Math.abs(z) <= 4.5, "seed " + seed + ", N " + n + ", z " + z);
  }

  @Test
  void codingRoundTrip() {
    Gmm g = GmmMetaPrior.defaults().sample(3, 2, Rng.seeded(2));
    Gmm back = ComponentCoding.decode(ComponentCoding.encode(g), 0, 3, 2);
    for (int c = 0; c < 3; c++) {
      assertEquals(g.logWeight(c), back.logWeight(c), 1e-6);
      assertArrayEquals(g.mean(c), back.mean(c), 1e-6);
      assertEquals(g.cholesky(c, 1, 0), back.cholesky(c, 1, 0), 1e-6);
      assertEquals(g.cholesky(c, 1, 1), back.cholesky(c, 1, 1), 1e-6 * g.cholesky(c, 1, 1));
    }
  }

  @Test
  void convolutionAddsTheNoiseCovariance() {
    Gmm g = GmmMetaPrior.defaults().sample(2, 2, Rng.seeded(3));
    Gmm h = g.convolve(new double[][] {{0.3, 0}, {0.1, 0.2}});
    double[][] before = g.covariance(1);
    double[][] after = h.covariance(1);
    assertEquals(before[0][0] + 0.09, after[0][0], 1e-12);
    assertEquals(before[1][0] + 0.03, after[1][0], 1e-12);
    assertEquals(before[1][1] + 0.05, after[1][1], 1e-12);
  }

  @Test
  void invalidComponentIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Gmm.univariate(new double[] {1, 1}, new double[] {0, 0}, new double[] {1, -2}));
    assertEquals("Cholesky factor of component 1 has entry (0, 0) = -2.0 (the diagonal must be "
        + "> 0)", e.getMessage());
  }

  @Test
  void exactPosteriorAndEvidenceAgainstQuadrature() {
    Gmm prior = Gmm.univariate(new double[] {0.3, 0.7}, new double[] {-2, 1.5},
        new double[] {0.8, 1.2});
    double[][] y = {{0.4}, {1.1}, {-0.2}};
    double noise = 0.9;
    double h = 1e-3;
    double evidence = 0;
    for (double t = -15; t <= 15; t += h) {
      evidence += Math.exp(prior.logDensity(new double[] {t})
          + ExactGaussianMean.logLikelihood(t, y, noise)) * h;
    }
    assertEquals(Math.log(evidence), ExactGaussianMean.logEvidence(prior, y, noise), 1e-6);
    Gmm post = ExactGaussianMean.posterior(prior, y, noise);
    double t = 0.3;
    double unnormalised = prior.logDensity(new double[] {t})
        + ExactGaussianMean.logLikelihood(t, y, noise) - Math.log(evidence);
    assertEquals(unnormalised, post.logDensity(new double[] {t}), 1e-6);
  }

  private static double normal(double x, double m, double s) {
    return Math.exp(-0.5 * Math.pow((x - m) / s, 2)) / (s * Math.sqrt(2 * Math.PI));
  }

  /** The scalar forms give the array forms' draws and densities to the last bit (seed 9). */
  @Test
  void scalarFormsAreTheArrayFormsExactly() {
    Gmm g = Gmm.univariate(new double[] {0.2, 0.5, 0.3}, new double[] {-1.5, 0.25, 3.0},
        new double[] {0.4, 1.7, 0.05});
    Rng a = Rng.seeded(9);
    Rng b = Rng.seeded(9);
    double[] terms = new double[3];
    for (int i = 0; i < 2000; i++) {
      double x = g.sample(a)[0];
      assertEquals(x, g.sampleScalar(b), 0.0);
      assertEquals(g.logDensity(new double[] {x}), g.logDensityScalar(x, terms), 0.0);
      assertEquals(g.logDensity(new double[] {x}), g.logDensity(new double[] {x}, terms), 0.0);
    }
  }
}
