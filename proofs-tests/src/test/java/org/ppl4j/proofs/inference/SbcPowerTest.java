package org.ppl4j.proofs.inference;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.ppl4j.semantics.random.Rng;

/**
 * The power of {@link RankCalibration} at the replications R and draws L the SBC tests use,
 * measured by simulation. Runs only with {@code -Dppl.sbc.power=true}
 * ({@code bench/sbc-power/run.sh}); the result is recorded in {@code bench/sbc-power/README.md}.
 *
 * <p>SBC's ranks depend on the sampler only through the posterior: for a normal posterior
 * N(m, s^2) the true value is itself a posterior draw (the SBC identity), so without loss of
 * generality m = 0, s = 1, the truth is N(0, 1), and a sampler's L draws are
 * N(bias, width^2). Three samplers: exact (bias 0, width 1: the false-alarm rate), too narrow
 * (width 0.8: a posterior sd 20% too small) and biased (bias 0.3 sd). Each SBC experiment is
 * R replications; E = 2,000 experiments per sampler, seed 2026, so a rate p is measured with
 * standard error sqrt(p (1 - p) / 2000) (0.007 at p = 0.9). The test asserts a measured power
 * &gt;= 0.9 for both errors and a false-alarm rate at most 3 {@link RankCalibration#LEVEL} plus 4.5
 * standard errors.
 */
class SbcPowerTest {
  static final int EXPERIMENTS = 2000;
  static final long SEED = 2026L;

  /** One injected error: the sampler's draws are N(bias, width^2) against a N(0, 1) truth. */
  record Sampler(String name, double bias, double width) {}

  static final Sampler[] SAMPLERS = {
      new Sampler("exact", 0, 1), new Sampler("20% too narrow", 0, 0.8),
      new Sampler("biased 0.3 sd", 0.3, 1)};

  /** The fraction of E experiments of R replications and L draws that reject. */
  static double[] rejectionRates(Sampler sampler, int replications, int draws, int bins,
      Rng rng) {
    int any = 0;
    int chi = 0;
    int location = 0;
    int spread = 0;
    for (int e = 0; e < EXPERIMENTS; e++) {
      int[] ranks = new int[replications];
      for (int r = 0; r < replications; r++) {
        double truth = rng.nextGaussian();
        for (int l = 0; l < draws; l++) {
          ranks[r] += sampler.bias() + sampler.width() * rng.nextGaussian() < truth ? 1 : 0;
        }
      }
      RankCalibration c = RankCalibration.of(ranks, draws, bins);
      any += c.rejects() ? 1 : 0;
      chi += c.chiSquareP() < RankCalibration.LEVEL ? 1 : 0;
      location += Math.abs(c.zLocation()) > RankCalibration.Z_CRITICAL ? 1 : 0;
      spread += Math.abs(c.zSpread()) > RankCalibration.Z_CRITICAL ? 1 : 0;
    }
    return new double[] {(double) any / EXPERIMENTS, (double) chi / EXPERIMENTS,
        (double) location / EXPERIMENTS, (double) spread / EXPERIMENTS};
  }

  static void measure(String test, int replications, int draws, int bins) {
    Rng rng = Rng.seeded(SEED);
    System.out.printf("%s: R = %d replications, L = %d draws, %d bins, each test at level "
        + "%.0e; E = %d experiments, seed %d%n", test, replications, draws, bins,
        RankCalibration.LEVEL, EXPERIMENTS, SEED);
    System.out.printf("  %-16s %8s %8s %8s %8s%n", "sampler", "rejects", "chi2", "location",
        "spread");
    for (Sampler s : SAMPLERS) {
      double[] rates = rejectionRates(s, replications, draws, bins, rng.split());
      System.out.printf("  %-16s %8.3f %8.3f %8.3f %8.3f%n", s.name(), rates[0], rates[1],
          rates[2], rates[3]);
      if (s.width() == 1 && s.bias() == 0) {
        assertTrue(rates[0] <= 3 * RankCalibration.LEVEL + 4.5 * Math.sqrt(
            3 * RankCalibration.LEVEL / EXPERIMENTS), test + ": false alarms " + rates[0]);
      } else {
        assertTrue(rates[0] >= 0.9, test + " " + s.name() + ": power " + rates[0]);
      }
    }
  }

  @Test
  void powerAtTheReplicationsTheSbcTestsUse() {
    assumeTrue(Boolean.getBoolean("ppl.sbc.power"), "run with -Dppl.sbc.power=true");
    measure("SimulationBasedCalibrationTest", SimulationBasedCalibrationTest.REPLICATIONS,
        SimulationBasedCalibrationTest.DRAWS, SimulationBasedCalibrationTest.DRAWS + 1);
    measure("NutsSbcTest", org.ppl4j.proofs.nuts.NutsSbcTest.REPLICATIONS,
        org.ppl4j.proofs.nuts.NutsSbcTest.KEPT, org.ppl4j.proofs.nuts.NutsSbcTest.BINS);
  }
}
