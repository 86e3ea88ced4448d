package org.ppl4j.inference.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ppl4j.semantics.random.Rng;

/**
 * {@link GeneralizedParetoFit} recovers the shape of generalized-Pareto draws, and
 * {@link ParetoSmoothing} gives the k̂, ESS and evidence that importance sampling between known
 * normals implies. Tolerances are 4.5 standard errors; the standard error of a shape estimate
 * from n exceedances is taken as the maximum-likelihood one, {@code (1 + k) / sqrt(n)} (Smith
 * 1985; Zhang and Stephens 2009 report their estimator's efficiency close to the MLE's), plus
 * the bias of the weak prior, {@code 10 |0.5 - k| / (n + 10)}.
 */
class ParetoSmoothingTest {

  private static double[] gpdDraws(double k, double sigma, int n, long seed) {
    Rng rng = Rng.seeded(seed);
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      double u = rng.nextDouble();
      x[i] = k == 0 ? -sigma * Math.log1p(-u) : sigma * Math.expm1(-k * Math.log1p(-u)) / k;
    }
    return x;
  }

  private static void assertShape(double k, double sigma, long seed) {
    int n = 20_000;
    GeneralizedParetoFit fit = GeneralizedParetoFit.of(gpdDraws(k, sigma, n, seed));
    double tolerance = 4.5 * (1 + k) / Math.sqrt(n) + 10 * Math.abs(0.5 - k) / (n + 10);
    assertTrue(Math.abs(fit.shape() - k) <= tolerance, "seed " + seed + ", N " + n + ": k̂ "
        + fit.shape() + " vs k " + k + ", tolerance " + tolerance);
    double scaleTolerance = 4.5 * sigma * Math.sqrt(2 + 2 * k + k * k) / Math.sqrt(n);
    assertTrue(Math.abs(fit.scale() - sigma) <= scaleTolerance, "seed " + seed + ": sigma "
        + fit.scale() + " vs " + sigma + ", tolerance " + scaleTolerance);
  }

  @Test
  void recoversKnownShapes() {
    assertShape(0.5, 1.0, 11);
    assertShape(0.2, 2.0, 12);
    assertShape(0.9, 0.5, 13);
    assertShape(-0.2, 1.0, 14);
  }

  /** Log ratios of target N(0, s^2) (normalised) to proposal N(0, 1), x drawn from the proposal. */
  private static double[] normalRatios(double s, int n, long seed) {
    Rng rng = Rng.seeded(seed);
    double[] r = new double[n];
    for (int i = 0; i < n; i++) {
      double x = rng.nextGaussian();
      r[i] = -0.5 * x * x / (s * s) - Math.log(s) + 0.5 * x * x;
    }
    return r;
  }

  /**
   * Proposal N(0, 1), target N(0, 3^2): the weights' tail is Pareto with k = 1 - 1/9 = 0.889
   * (P(w &gt; t) = P(x^2 &gt; 2 log t / (1 - 1/9))). Seed 21, N 100,000, M = 949 tail draws: the
   * standard error of k̂ is (1 + k) / sqrt(M) = 0.061; tolerance 4.5 of them.
   */
  @Test
  void heavyTailedRatiosGiveTheirShape() {
    int n = 100_000;
    ParetoSmoothing.Result r = ParetoSmoothing.smooth(normalRatios(3, n, 21));
    double k = 1 - 1.0 / 9;
    int tail = (int) Math.ceil(3 * Math.sqrt(n));
    double tolerance = 4.5 * (1 + k) / Math.sqrt(tail);
    assertTrue(Math.abs(r.paretoK() - k) <= tolerance, "seed 21, N " + n + ": k̂ "
        + r.paretoK() + " vs " + k + ", tolerance " + tolerance);
    assertTrue(!r.reliable() || r.paretoK() > 0.5, "k̂ " + r.paretoK());
    assertTrue(r.ess() < 0.2 * n, "a heavy tail keeps the ESS low: " + r.ess());
  }

  /** Proposal N(0, 1), target N(0, 0.8^2): bounded weights, k̂ below 0.5 (seed 22, N 4,000). */
  @Test
  void lightTailedRatiosGiveASmallShape() {
    ParetoSmoothing.Result r = ParetoSmoothing.smooth(normalRatios(0.8, 4000, 22));
    assertTrue(r.paretoK() < 0.5, "seed 22, N 4000: k̂ " + r.paretoK());
    assertTrue(r.reliable());
  }

  /**
   * The evidence of an unnormalised target {@code 3 N(0.2, 0.9^2)} against proposal N(0, 1):
   * log 3 within 4.5 standard errors of the raw-ratio mean (seed 23, N 4,000; standard error
   * from the ratios' sample variance, delta method on the log).
   */
  @Test
  void logEvidenceEstimatesTheNormalisingConstant() {
    int n = 4000;
    Rng rng = Rng.seeded(23);
    double[] r = new double[n];
    double sum = 0;
    double sumSquares = 0;
    for (int i = 0; i < n; i++) {
      double x = rng.nextGaussian();
      double z = (x - 0.2) / 0.9;
      r[i] = Math.log(3) - 0.5 * z * z - Math.log(0.9) + 0.5 * x * x;
      double w = Math.exp(r[i]);
      sum += w;
      sumSquares += w * w;
    }
    double mean = sum / n;
    double se = Math.sqrt((sumSquares / n - mean * mean) / n) / mean;
    ParetoSmoothing.Result result = ParetoSmoothing.smooth(r);
    assertEquals(Math.log(mean), result.logEvidence(), 1e-12);
    assertTrue(Math.abs(result.logEvidence() - Math.log(3)) <= 4.5 * se, "seed 23, N " + n
        + ": log Z " + result.logEvidence() + " vs " + Math.log(3) + ", se " + se);
  }

  @Test
  void equalRatiosAreUniformWeightsWithFullEss() {
    double[] r = new double[1000];
    java.util.Arrays.fill(r, -2.5);
    ParetoSmoothing.Result result = ParetoSmoothing.smooth(r);
    assertEquals(1000, result.ess(), 1e-6);
    assertEquals(-2.5, result.logEvidence(), 1e-12);
    for (double w : result.logWeights()) {
      assertEquals(-Math.log(1000), w, 1e-12);
    }
  }

  /** Invariants: the weights sum to 1 and the ESS lies in [1, N] (seed 24). */
  @Test
  void weightsAreNormalisedAndTruncated() {
    int n = 2000;
    ParetoSmoothing.Result result = ParetoSmoothing.smooth(normalRatios(3, n, 24));
    double total = 0;
    double largest = 0;
    for (double w : result.logWeights()) {
      total += Math.exp(w);
      largest = Math.max(largest, Math.exp(w));
    }
    assertEquals(1, total, 1e-9);
    assertTrue(largest < 1, "largest normalised weight " + largest);
    assertTrue(result.ess() >= 1 && result.ess() <= n, "ess " + result.ess());
  }

  @Test
  void rejectsBadRatios() {
    assertThrows(IllegalArgumentException.class, () -> ParetoSmoothing.smooth(new double[] {1}));
    assertThrows(IllegalArgumentException.class,
        () -> ParetoSmoothing.smooth(new double[] {0, Double.NaN}));
    assertThrows(IllegalArgumentException.class, () -> ParetoSmoothing.smooth(
        new double[] {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY}));
  }
}
