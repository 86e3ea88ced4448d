package org.ppl4j.runner.dt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.ppl4j.inference.population.LogWeights;
import org.ppl4j.semantics.posterior.ChainDiagnostics;
import org.ppl4j.semantics.posterior.WeightedValues;
import org.ppl4j.semantics.random.Rng;

/**
 * {@link DrawSummary}'s quantiles by weighted selection equal {@link WeightedValues}'s by sort,
 * exactly, on random weighted draws with ties and zero weights (seed 9, 300 cases).
 */
class DrawSummaryTest {

  @Test
  void quantilesBySelectionEqualThoseBySort() {
    Rng rng = Rng.seeded(9);
    for (int c = 0; c < 300; c++) {
      int n = 1 + rng.nextInt(60);
      double[] x = new double[n];
      double[] logW = new double[n];
      double[] w = new double[n];
      double total = 0;
      for (int i = 0; i < n; i++) {
        x[i] = rng.nextInt(4) == 0 ? rng.nextInt(3) : rng.nextGaussian();
        logW[i] = rng.nextInt(5) == 0 && i > 0 ? Double.NEGATIVE_INFINITY : rng.nextGaussian();
        w[i] = Math.exp(logW[i]);
        total += w[i];
      }
      for (int i = 0; i < n; i++) {
        w[i] /= total;
      }
      WeightedValues sorted = new WeightedValues(x, logW);
      double[] ps = {0, 0.05, 0.5, 0.95, 1};
      double[] together = DrawSummary.quantiles(x, w, ps);
      for (int k = 0; k < ps.length; k++) {
        double p = ps[k];
        assertEquals(sorted.quantile(p), DrawSummary.quantile(x, w, p), 0.0,
            "case " + c + ", p " + p);
        assertEquals(sorted.quantile(p), together[k], 0.0, "case " + c + ", p " + p
            + ", after the selections of the smaller quantiles");
      }
    }
  }

  /**
   * The weights and Kish ESS of one pass equal {@link LogWeights#normalisedByMax} and
   * {@link ChainDiagnostics#kishEss} exactly (seed 10, 200 cases with zero weights).
   */
  @Test
  void onePassWeightsEqualTheSeparateOnes() {
    Rng rng = Rng.seeded(10);
    for (int c = 0; c < 200; c++) {
      int n = 1 + rng.nextInt(50);
      double[] logW = new double[n];
      for (int i = 0; i < n; i++) {
        logW[i] = rng.nextInt(5) == 0 && i > 0 ? Double.NEGATIVE_INFINITY : 30 * rng.nextGaussian();
      }
      double[] w = new double[n];
      double ess = DrawSummary.normaliseByMax(logW, w);
      assertArrayEquals(LogWeights.normalisedByMax(logW), w, 0.0, "case " + c);
      assertEquals(ChainDiagnostics.kishEss(logW), ess, 0.0, "case " + c);
    }
  }
}
