package org.ppl4j.runner.dt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
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
      for (double p : new double[] {0, 0.05, 0.5, 0.95, 1}) {
        assertEquals(sorted.quantile(p), DrawSummary.quantile(x, w, p), 0.0,
            "case " + c + ", p " + p);
      }
    }
  }
}
