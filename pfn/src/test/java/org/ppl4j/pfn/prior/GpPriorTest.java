package org.ppl4j.pfn.prior;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ppl4j.semantics.random.Rng;

/** The GP fast path draws from N(0, K + noise I) with x uniform on [0, 1]. */
class GpPriorTest {

  /**
   * Seed 9, M = 20,000 draws of 3 points: mean of x (1/2), of y_0^2 (outputScale + noise) and of
   * {@code y_0 y_1 - k(x_0, x_1)} (0) each within 4.5 Monte Carlo standard errors.
   */
  @Test
  void momentsMatchTheKernel() {
    GpPrior gp = GpPrior.benchmark();
    Rng rng = Rng.seeded(9);
    int m = 20_000;
    double[][] stats = new double[3][m];
    for (int i = 0; i < m; i++) {
      Dataset d = gp.sample(3, rng);
      stats[0][i] = d.x()[1][0] - 0.5;
      stats[1][i] = d.y()[0] * d.y()[0] - (gp.outputScale() + gp.noiseVariance());
      stats[2][i] = d.y()[0] * d.y()[2] - gp.kernel(d.x()[0][0], d.x()[2][0]);
    }
    for (int s = 0; s < 3; s++) {
      double mean = 0;
      for (double v : stats[s]) {
        mean += v / m;
      }
      double var = 0;
      for (double v : stats[s]) {
        var += (v - mean) * (v - mean) / (m - 1);
      }
      double z = mean / Math.sqrt(var / m);
      assertTrue(Math.abs(z) <= 4.5, "seed 9, M " + m + ", statistic " + s + ": z " + z);
    }
  }
}
