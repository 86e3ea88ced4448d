package org.ppl4j.inference.nuts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ppl4j.semantics.posterior.ChainDiagnostics;
import org.ppl4j.semantics.random.Rng;

/**
 * Stationarity of the NUTS kernel itself, with nothing adapted: 4 chains of 25,000
 * transitions (fixed step size 0.5, unit metric, split generators, seed 1) on a 10-dimensional
 * normal with standard deviations 1, 2, ..., 10, so that trajectories stop at many tree depths
 * and every branch of the no-U-turn checks runs. For each coordinate the second moment
 * E[x_i^2] / sd_i^2 must be 1 within 4.5 standard errors, the standard error being
 * sd(x_i^2 / sd_i^2) / sqrt(bulk ESS), trusted after the bulk ESS (at least 400) and the split
 * R-hat (at most 1.01) are asserted. Using the wrong end momenta in the checks across
 * subtrees (a bug once made here, which short conjugate tests did not see) inflates the largest
 * scales' second moments by 2-6% (z = 5.4 at seed 1).
 */
class NutsKernelInvarianceTest {
  private static final int DIMENSION = 10;
  private static final int CHAINS = 4;
  private static final int TRANSITIONS = 25_000;
  private static final double Z = 4.5;

  @Test
  void longChainsKeepAnIllScaledGaussian() {
    double[] sd = new double[DIMENSION];
    for (int i = 0; i < DIMENSION; i++) {
      sd[i] = 1 + i;
    }
    LogDensityFunction target = new LogDensityFunction() {
      @Override
      public int dimension() {
        return DIMENSION;
      }

      @Override
      public double logDensity(double[] q, double[] g) {
        double s = 0;
        for (int i = 0; i < DIMENSION; i++) {
          g[i] = -q[i] / (sd[i] * sd[i]);
          s += q[i] * q[i] / (sd[i] * sd[i]);
        }
        return -0.5 * s;
      }
    };
    Rng rng = Rng.seeded(1);
    double[][][] squares = new double[DIMENSION][CHAINS][TRANSITIONS];
    for (int c = 0; c < CHAINS; c++) {
      Rng stream = rng.split();
      DiagonalHamiltonian hamiltonian = new DiagonalHamiltonian(target);
      PhasePoint z = new PhasePoint(DIMENSION);
      for (int i = 0; i < DIMENSION; i++) {
        z.position[i] = sd[i] * stream.nextGaussian();
      }
      hamiltonian.updatePotential(z);
      for (int t = 0; t < TRANSITIONS; t++) {
        NutsTransition kernel = new NutsTransition(hamiltonian, stream, 0.5, 10, 1000);
        kernel.run(z);
        z = kernel.lastSample();
        for (int i = 0; i < DIMENSION; i++) {
          squares[i][c][t] = z.position[i] * z.position[i] / (sd[i] * sd[i]);
        }
      }
    }
    for (int i = 0; i < DIMENSION; i++) {
      double mean = 0;
      double meanSquare = 0;
      int n = CHAINS * TRANSITIONS;
      for (double[] chain : squares[i]) {
        for (double v : chain) {
          mean += v / n;
          meanSquare += v * v / n;
        }
      }
      double ess = ChainDiagnostics.bulkEss(squares[i]);
      double rhat = ChainDiagnostics.splitRhat(squares[i]);
      assertTrue(ess >= 400 && rhat <= 1.01, "x_" + i + "^2: seed 1, bulk ESS " + ess
          + " (floor 400), R-hat " + rhat + " (bound 1.01)");
      double se = Math.sqrt((meanSquare - mean * mean) / ess);
      double z = (mean - 1) / se;
      assertTrue(Math.abs(z) <= Z, "E[x_" + i + "^2]/sd^2: seed 1, " + CHAINS + " x "
          + TRANSITIONS + " transitions, estimate " + mean + ", se " + se + ", z " + z);
    }
  }
}
