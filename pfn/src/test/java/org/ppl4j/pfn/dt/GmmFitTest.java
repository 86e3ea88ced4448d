package org.ppl4j.pfn.dt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ppl4j.semantics.random.Rng;

/**
 * EM with BIC: on N = 2,000 draws (seed 1) of {@code 0.3 N(-3, 1) + 0.7 N(2, 0.5)} it picks two
 * components of up to three and recovers each mean within 4.5 standard errors
 * ({@code sd / sqrt(N w)}) and the weights within 4.5 binomial standard errors; on 1,000 draws
 * of one bivariate normal it picks one component of up to three.
 */
class GmmFitTest {

  private static double[][] draws(Gmm g, int n, Rng rng) {
    double[][] x = new double[n][];
    for (int i = 0; i < n; i++) {
      x[i] = g.sample(rng);
    }
    return x;
  }

  @Test
  void recoversTwoSeparatedComponents() {
    Gmm truth = Gmm.univariate(new double[] {0.3, 0.7}, new double[] {-3, 2},
        new double[] {1, 0.5});
    int n = 2000;
    Gmm fit = GmmFit.bestByBic(draws(truth, n, Rng.seeded(1)), 3, Rng.seeded(2));
    assertEquals(2, fit.components(), fit.toString());
    int low = fit.mean(0)[0] < fit.mean(1)[0] ? 0 : 1;
    double w = Math.exp(fit.logWeight(low));
    assertTrue(Math.abs(w - 0.3) <= 4.5 * Math.sqrt(0.3 * 0.7 / n), "seed 1, N 2000, w " + w);
    double m0 = fit.mean(low)[0];
    double m1 = fit.mean(1 - low)[0];
    assertTrue(Math.abs(m0 + 3) <= 4.5 * 1 / Math.sqrt(n * 0.3), "seed 1, N 2000, mean " + m0);
    assertTrue(Math.abs(m1 - 2) <= 4.5 * 0.5 / Math.sqrt(n * 0.7), "seed 1, N 2000, mean " + m1);
  }

  @Test
  void oneNormalGivesOneComponent() {
    Gmm truth = Gmm.gaussian(new double[] {1, -1}, new double[][] {{1, 0}, {0.5, 0.8}});
    Gmm fit = GmmFit.bestByBic(draws(truth, 1000, Rng.seeded(3)), 3, Rng.seeded(4));
    assertEquals(1, fit.components(), fit.toString());
  }
}
