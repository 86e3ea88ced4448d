package org.ppl4j.proofs.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ppl4j.semantics.posterior.ChainDiagnostics;
import org.ppl4j.semantics.random.Rng;

/**
 * ESS and R-hat on chains whose answer is known. Tolerances come from the spread of each
 * estimator over 300 seeds with these sizes (4 chains x 1000 draws), printed by
 * {@link EssSpread}: bulk ESS of i.i.d. normal chains mean 3946, sd 167; of AR(1) chains with
 * coefficient 0.5 (true ESS N(1-φ)/(1+φ) = 1333) mean 1323, sd 105; split R-hat of i.i.d.
 * chains mean 1.0003, sd 0.0005; of chains with means 0, 1, 2, 3 mean 1.54, sd 0.015. Each test
 * allows 4.5 of those standard deviations around the true value.
 */
class ChainDiagnosticsTest {
  private static final long SEED = 20261127L;
  private static final int CHAINS = 4;
  private static final int DRAWS = 1000;

  static double[][] ar1(Rng rng, double phi, double[] shifts) {
    double[][] out = new double[CHAINS][DRAWS];
    for (int c = 0; c < CHAINS; c++) {
      double x = rng.nextGaussian();
      for (int i = 0; i < DRAWS; i++) {
        x = phi * x + Math.sqrt(1 - phi * phi) * rng.nextGaussian();
        out[c][i] = x + shifts[c];
      }
    }
    return out;
  }

  @Test
  void iidChainsHaveEssNearNAndRhatNearOne() {
    double[][] chains = ar1(Rng.seeded(SEED), 0.0, new double[CHAINS]);
    double ess = ChainDiagnostics.bulkEss(chains);
    double rhat = ChainDiagnostics.splitRhat(chains);
    int n = CHAINS * DRAWS;
    assertTrue(Math.abs(ess - n) <= 4.5 * 167,
        "seed " + SEED + " N " + n + " bulk ESS " + ess);
    assertTrue(Math.abs(rhat - 1.0) <= 4.5 * 0.0005 + 0.0003,
        "seed " + SEED + " N " + n + " R-hat " + rhat);
  }

  @Test
  void autocorrelatedChainsHaveTheAr1Ess() {
    double phi = 0.5;
    double[][] chains = ar1(Rng.seeded(SEED + 1), phi, new double[CHAINS]);
    double expected = CHAINS * DRAWS * (1 - phi) / (1 + phi);
    double ess = ChainDiagnostics.bulkEss(chains);
    assertTrue(Math.abs(ess - expected) <= 4.5 * 105,
        "seed " + (SEED + 1) + " expected " + expected + " bulk ESS " + ess);
  }

  /**
   * Chains N(0, 1) shifted by 0, 1, 2, 3: the classical split R-hat is
   * sqrt((n-1)/n + 10/7) = 1.558 (within variance 1, the eight half-chain means have variance
   * 10/7); rank normalisation pulls it to 1.54 (sd 0.015 over 300 seeds, {@link EssSpread}).
   */
  @Test
  void chainsWithDifferentMeansHaveTheirRhat() {
    double[][] chains = ar1(Rng.seeded(SEED + 2), 0.0, new double[] {0, 1, 2, 3});
    double rhat = ChainDiagnostics.splitRhat(chains);
    assertTrue(Math.abs(rhat - 1.54) <= 4.5 * 0.015, "seed " + (SEED + 2) + " R-hat " + rhat
        + ", expected 1.54 +- 4.5 x 0.015");
  }

  @Test
  void kishEssOfEqualWeightsIsNAndOfOneWeightIsOne() {
    double[] equal = new double[250];
    java.util.Arrays.fill(equal, -3.7);
    assertEquals(250.0, ChainDiagnostics.kishEss(equal), 1e-9);
    double[] one = new double[250];
    java.util.Arrays.fill(one, Double.NEGATIVE_INFINITY);
    one[17] = 0.0;
    assertEquals(1.0, ChainDiagnostics.kishEss(one), 1e-12);
  }
}
