package org.ppl4j.inference.advi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * The two Gaussian families against finite differences and closed forms: the
 * reparameterisation gradient is the derivative of {@code log p(mu + S eps)} with respect to
 * the parameters, the entropy gradient that of {@link Approximation#entropy()}, and
 * {@link Approximation#logDensity} the Gaussian density of mean mu and covariance S S^T.
 */
class ApproximationTest {
  private static final double H = 1e-6;

  /** log p(z) = -0.5 (z - c)^T A (z - c) with a fixed symmetric A, and its gradient. */
  private static final double[] C = {0.3, -1.2, 2.0};
  private static final double[][] A = {{2, 0.5, 0.1}, {0.5, 1, -0.3}, {0.1, -0.3, 1.5}};

  private static double logP(double[] z) {
    double s = 0;
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        s += (z[i] - C[i]) * A[i][j] * (z[j] - C[j]);
      }
    }
    return -0.5 * s;
  }

  private static double[] gradLogP(double[] z) {
    double[] g = new double[3];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        g[i] -= A[i][j] * (z[j] - C[j]);
      }
    }
    return g;
  }

  private static Approximation[] examples() {
    return new Approximation[] {
        new MeanField(new double[] {0.1, -0.4, 0.7}, new double[] {0.2, -0.5, 0.3}),
        new FullRank(new double[] {0.1, -0.4, 0.7},
            new double[] {1.1, 0.3, 0.8, -0.2, 0.4, 0.6})};
  }

  private static double[] numericGradient(double[] x, ToDoubleFunction<double[]> f) {
    double[] g = new double[x.length];
    for (int k = 0; k < x.length; k++) {
      double[] up = x.clone();
      double[] down = x.clone();
      up[k] += H;
      down[k] -= H;
      g[k] = (f.applyAsDouble(up) - f.applyAsDouble(down)) / (2 * H);
    }
    return g;
  }

  @Test
  void reparameterisedGradientIsTheDerivativeThroughTheTransform() {
    double[] eps = {0.5, -1.3, 0.8};
    for (Approximation q : examples()) {
      double[] analytic = new double[q.parameters().length];
      q.addReparameterisedGradient(eps, gradLogP(q.transform(eps)), analytic);
      double[] numeric = numericGradient(q.parameters(),
          p -> logP(q.withParameters(p).transform(eps)));
      assertArrayEquals(numeric, analytic, 1e-6, q.toString());
    }
  }

  @Test
  void entropyGradientIsTheDerivativeOfTheEntropy() {
    for (Approximation q : examples()) {
      double[] analytic = new double[q.parameters().length];
      q.addEntropyGradient(analytic);
      double[] numeric = numericGradient(q.parameters(), p -> q.withParameters(p).entropy());
      assertArrayEquals(numeric, analytic, 1e-6, q.toString());
    }
  }

  @Test
  void logDensityIsTheGaussianOfTheFactor() {
    FullRank q = (FullRank) examples()[1];
    double[] z = {0.4, 0.1, -0.2};
    // closed form: -0.5 (z - mu)^T (L L^T)^{-1} (z - mu) - 0.5 log det(2 pi L L^T), via Cramer
    double[][] s = new double[3][3];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        s[i][j] = q.covariance(i, j);
      }
    }
    double det = s[0][0] * (s[1][1] * s[2][2] - s[1][2] * s[2][1])
        - s[0][1] * (s[1][0] * s[2][2] - s[1][2] * s[2][0])
        + s[0][2] * (s[1][0] * s[2][1] - s[1][1] * s[2][0]);
    double[][] inv = new double[3][3];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        int r0 = (j + 1) % 3;
        int r1 = (j + 2) % 3;
        int c0 = (i + 1) % 3;
        int c1 = (i + 2) % 3;
        inv[i][j] = (s[r0][c0] * s[r1][c1] - s[r0][c1] * s[r1][c0]) / det;
      }
    }
    double quad = 0;
    double[] mu = q.mean();
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        quad += (z[i] - mu[i]) * inv[i][j] * (z[j] - mu[j]);
      }
    }
    double expected = -0.5 * quad - 0.5 * Math.log(Math.pow(2 * Math.PI, 3) * det);
    assertEquals(expected, q.logDensity(z), 1e-12);
    assertEquals(0.5 * Math.log(Math.pow(2 * Math.PI, 3) * det) + 1.5, q.entropy(), 1e-12);
  }

  @Test
  void aDiagonalFullRankIsTheMeanField() {
    double[] mu = {1, 2};
    MeanField m = new MeanField(mu, new double[] {Math.log(0.5), Math.log(3)});
    FullRank f = new FullRank(mu, new double[] {0.5, 0, 3});
    double[] eps = {0.7, -0.2};
    double[] z = {0.3, 4};
    assertArrayEquals(m.transform(eps), f.transform(eps), 1e-15);
    assertEquals(m.logDensity(z), f.logDensity(z), 1e-12);
    assertEquals(m.entropy(), f.entropy(), 1e-12);
  }

  @Test
  void parametersRoundTripAndInitialIsStandard() {
    for (Approximation q : examples()) {
      assertEquals(q, q.withParameters(q.parameters()));
    }
    FullRank f = (FullRank) Family.FULLRANK.initial(new double[] {1, 2, 3});
    assertEquals(1, f.covariance(2, 2));
    assertEquals(0, f.covariance(0, 2));
    MeanField m = (MeanField) Family.MEANFIELD.initial(new double[] {1, 2, 3});
    assertArrayEquals(new double[3], m.omega());
    assertEquals(Family.FULLRANK, Family.named(" FullRank").orElseThrow());
  }
}
