package org.ppl4j.pfn.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ppl4j.pfn.prior.Dataset;
import org.ppl4j.pfn.prior.GpPrior;
import org.ppl4j.semantics.math.Cholesky;
import org.ppl4j.semantics.random.Rng;

/** Checks of the exact GP oracle used by the benchmark. */
class ExactGpTest {

  /**
   * Chain rule: the sum over i of the one-step-ahead predictive NLLs equals the joint negative
   * log density {@code -log N(y; 0, K + noise I)} computed independently (exact identity).
   */
  @Test
  void oneStepPredictivesMultiplyToTheJointDensity() {
    GpPrior gp = GpPrior.benchmark();
    ExactGp oracle = new ExactGp(gp);
    Dataset d = gp.sample(12, Rng.seeded(5));
    double[] x = new double[12];
    for (int i = 0; i < 12; i++) {
      x[i] = d.x()[i][0];
    }
    double chain = 0;
    for (int i = 0; i < 12; i++) {
      chain += oracle.meanNll(x, d.y(), i, new double[] {x[i]}, new double[] {d.y()[i]});
    }
    double[][] k = new double[12][12];
    for (int i = 0; i < 12; i++) {
      for (int j = 0; j < 12; j++) {
        k[i][j] = gp.kernel(x[i], x[j]) + (i == j ? gp.noiseVariance() : 0);
      }
    }
    Cholesky l = Cholesky.of(k);
    double[] z = l.solveLower(d.y());
    double joint = 6 * Math.log(2 * Math.PI) + 0.5 * l.logDeterminant();
    for (int i = 0; i < 12; i++) {
      joint += 0.5 * z[i] * z[i];
    }
    assertEquals(joint, chain, 1e-9);
  }

  /**
   * Against the reference of the notes (lengthscale 0.6, noise variance 1e-4, x ~ U[0,1]):
   * mean NLL at n = 1 is 0.386 and at n = 5 is -2.357. Seed 77, M = 4,000 datasets of 10 test
   * points; |mean - reference| must be within 4.5 standard errors plus 0.0005 for the rounding of
   * the reference.
   */
  @Test
  void matchesPublishedReferenceValues() {
    GpPrior gp = new GpPrior(0.6, 1.0, 1e-4);
    ExactGp oracle = new ExactGp(gp);
    Rng rng = Rng.seeded(77);
    int m = 4000;
    for (int[] nAndRef : new int[][] {{1, 386}, {5, -2357}}) {
      int n = nAndRef[0];
      double reference = nAndRef[1] / 1000.0;
      double s = 0;
      double ss = 0;
      for (int i = 0; i < m; i++) {
        Dataset d = gp.sample(n + 10, rng.split());
        double[] x = new double[n + 10];
        for (int r = 0; r < x.length; r++) {
          x[r] = d.x()[r][0];
        }
        double v = oracle.meanNll(x, d.y(), n, java.util.Arrays.copyOfRange(x, n, n + 10),
            java.util.Arrays.copyOfRange(d.y(), n, n + 10));
        s += v;
        ss += v * v;
      }
      double mean = s / m;
      double se = Math.sqrt((ss / m - mean * mean) / m);
      assertTrue(Math.abs(mean - reference) <= 4.5 * se + 5e-4, String.format(
          "seed 77, M %d, n %d: mean NLL %.4f vs reference %.3f (se %.4f)", m, n, mean,
          reference, se));
    }
  }
}
