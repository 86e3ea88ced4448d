package org.ppl4j.semantics.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.MultivariateNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;
import org.ppl4j.semantics.random.Rng;

/**
 * dirichlet and mv_normal: log densities against closed forms (Commons' logGamma) and Commons'
 * multivariate normal to 1e-12 relative; sampling by KS tests of the marginals (beta for the
 * Dirichlet, normal for the multivariate normal) and of a linear projection (which tests the
 * covariance), N = 20,000, seed 20261127, each failing when p &lt; 1e-4.
 */
class MultivariateDistributionTest {
  private static final double[] ALPHAS = {0.4, 2, 5.5};
  private static final double[] MEAN = {1, -2, 0.5};
  private static final double[][] COV = {{2, 0.6, -0.3}, {0.6, 1, 0.2}, {-0.3, 0.2, 0.5}};

  @Test
  void dirichletLogDensityMatchesClosedForm() {
    Dirichlet d = Distributions.dirichlet(ALPHAS);
    double[][] points = {{0.2, 0.3, 0.5}, {0.01, 0.09, 0.9}, {0.98, 0.01, 0.01}};
    for (double[] x : points) {
      double alphaTotal = 0;
      double expected = 0;
      for (int i = 0; i < ALPHAS.length; i++) {
        alphaTotal += ALPHAS[i];
        expected += (ALPHAS[i] - 1) * Math.log(x[i]) - Gamma.logGamma(ALPHAS[i]);
      }
      expected += Gamma.logGamma(alphaTotal);
      LogDensityReferenceTest.assertClose("dirichlet", x[0], expected, d.logDensity(x));
    }
    assertEquals(Double.NEGATIVE_INFINITY, d.logDensity(new double[] {0.5, 0.5, 0.5}));
    assertEquals(Double.NEGATIVE_INFINITY, d.logDensity(new double[] {0.5, 0.5}));
    assertEquals(Double.NEGATIVE_INFINITY, d.logDensity(new double[] {0, 0.5, 0.5}));
  }

  @Test
  void mvNormalLogDensityMatchesCommons() {
    MvNormal d = Distributions.mvNormal(MEAN, COV);
    MultivariateNormalDistribution reference = new MultivariateNormalDistribution(MEAN, COV);
    double[][] points = {{1, -2, 0.5}, {0, 0, 0}, {3, -1, -1}};
    for (double[] x : points) {
      LogDensityReferenceTest.assertClose("mv_normal", x[0], Math.log(reference.density(x)),
          d.logDensity(x));
    }
    assertEquals(Double.NEGATIVE_INFINITY, d.logDensity(new double[] {0, 0}));
    assertEquals(Double.NEGATIVE_INFINITY, d.logDensity(new double[] {0, Double.NaN, 0}));
  }

  @Test
  void dirichletMarginalsAreBeta() {
    Dirichlet d = Distributions.dirichlet(ALPHAS);
    Rng rng = Rng.seeded(SamplingTest.SEED);
    double[][] marginals = new double[ALPHAS.length][SamplingTest.N];
    for (int n = 0; n < SamplingTest.N; n++) {
      double[] x = d.sample(rng);
      assertTrue(d.inSupport(x), "draw outside the simplex");
      for (int i = 0; i < x.length; i++) {
        marginals[i][n] = x[i];
      }
    }
    double alphaTotal = 5.5 + 2 + 0.4;
    for (int i = 0; i < ALPHAS.length; i++) {
      BetaDistribution marginal = new BetaDistribution(ALPHAS[i], alphaTotal - ALPHAS[i]);
      SamplingTest.assertPasses("dirichlet marginal " + i, GoodnessOfFit.kolmogorovSmirnov(
          marginals[i], marginal::cumulativeProbability));
    }
  }

  @Test
  void mvNormalMarginalsAndProjectionAreNormal() {
    MvNormal d = Distributions.mvNormal(MEAN, COV);
    Rng rng = Rng.seeded(SamplingTest.SEED);
    double[] w = {1, -2, 1.5};
    double[][] marginals = new double[MEAN.length][SamplingTest.N];
    double[] projection = new double[SamplingTest.N];
    for (int n = 0; n < SamplingTest.N; n++) {
      double[] x = d.sample(rng);
      for (int i = 0; i < x.length; i++) {
        marginals[i][n] = x[i];
        projection[n] += w[i] * x[i];
      }
    }
    for (int i = 0; i < MEAN.length; i++) {
      NormalDistribution marginal = new NormalDistribution(MEAN[i], Math.sqrt(COV[i][i]));
      SamplingTest.assertPasses("mv_normal marginal " + i, GoodnessOfFit.kolmogorovSmirnov(
          marginals[i], marginal::cumulativeProbability));
    }
    double projectedMean = 0;
    double projectedVariance = 0;
    for (int i = 0; i < w.length; i++) {
      projectedMean += w[i] * MEAN[i];
      for (int j = 0; j < w.length; j++) {
        projectedVariance += w[i] * COV[i][j] * w[j];
      }
    }
    NormalDistribution projected =
        new NormalDistribution(projectedMean, Math.sqrt(projectedVariance));
    SamplingTest.assertPasses("mv_normal projection w.x", GoodnessOfFit.kolmogorovSmirnov(
        projection, projected::cumulativeProbability));
  }

  @Test
  void arraysAreCopiedSoRecordsStayImmutable() {
    double[] alphas = {1, 2};
    Dirichlet d = Distributions.dirichlet(alphas);
    alphas[0] = 100;
    d.alphas()[1] = 100;
    assertEquals(1, d.alphas()[0]);
    assertEquals(2, d.alphas()[1]);
    double[] mean = {0, 0};
    double[][] cov = {{1, 0}, {0, 1}};
    MvNormal m = Distributions.mvNormal(mean, cov);
    mean[0] = 5;
    cov[0][0] = 9;
    assertEquals(0, m.meanVector()[0]);
    assertEquals(1, m.cov().entry(0, 0));
    assertEquals(Distributions.mvNormal(new double[] {0, 0}, new double[][] {{1, 0}, {0, 1}}),
        m);
  }
}
