package org.ppl4j.proofs.inference;

import java.util.Arrays;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The verdict of simulation-based calibration (Talts, Betancourt, Simpson, Vehtari and Gelman
 * 2018) on R ranks, each the number of L posterior draws below the true value, so uniform on
 * 0..L when the sampler is right. Three tests, each two-sided at level {@link #LEVEL}, so the
 * combined false-alarm rate is at most 3 {@link #LEVEL}:
 *
 * <ul>
 *   <li>Pearson's chi-square on {@code bins} equal bins of ranks (any departure);
 *   <li>location: z of the mean rank against L/2 (a biased posterior shifts the ranks);
 *   <li>spread: z of the mean of (rank - L/2)^2 against its uniform value ((L+1)^2 - 1)/12
 *       (a posterior too narrow piles ranks at both ends, a U shape; too wide, a hump).
 * </ul>
 *
 * The moments under uniformity are exact sums over 0..L, so the z-tests are exact in mean and
 * variance and normal by the central limit theorem at R in the hundreds. {@code SbcPowerTest}
 * measures the power of the combination against a posterior 20% too narrow and one biased by
 * 0.3 posterior sd. Test-only.
 */
public record RankCalibration(double chiSquare, double chiSquareP, double zLocation, double zSpread,
    long[] binCounts) {
  /** Two-sided level of each of the three tests. */
  public static final double LEVEL = 1e-3;
  /** |z| beyond which a z-test rejects at {@link #LEVEL}: 3.29. */
  public static final double Z_CRITICAL =
      new NormalDistribution(0, 1).inverseCumulativeProbability(1 - LEVEL / 2);

  /** The three statistics of {@code ranks}, each in 0..{@code draws}, binned into {@code bins}. */
  public static RankCalibration of(int[] ranks, int draws, int bins) {
    int r = ranks.length;
    double centre = draws / 2.0;
    double m2 = 0;
    double m4 = 0;
    for (int k = 0; k <= draws; k++) {
      double d = (k - centre) * (k - centre);
      m2 += d / (draws + 1);
      m4 += d * d / (draws + 1);
    }
    double sumRank = 0;
    double sumSquare = 0;
    long[] counts = new long[bins];
    for (int rank : ranks) {
      sumRank += rank;
      sumSquare += (rank - centre) * (rank - centre);
      counts[Math.min(bins - 1, rank * bins / (draws + 1))]++;
    }
    double zLocation = (sumRank / r - centre) / Math.sqrt(m2 / r);
    double zSpread = (sumSquare / r - m2) / Math.sqrt((m4 - m2 * m2) / r);
    double chi2 = 0;
    for (int b = 0; b < bins; b++) {
      double expected = expectedInBin(b, draws, bins) * r;
      chi2 += (counts[b] - expected) * (counts[b] - expected) / expected;
    }
    double p = 1 - new ChiSquaredDistribution(bins - 1).cumulativeProbability(chi2);
    return new RankCalibration(chi2, p, zLocation, zSpread, counts);
  }

  /** The probability that a uniform rank on 0..draws falls in bin {@code b}. */
  private static double expectedInBin(int b, int draws, int bins) {
    int n = 0;
    for (int k = 0; k <= draws; k++) {
      n += Math.min(bins - 1, k * bins / (draws + 1)) == b ? 1 : 0;
    }
    return (double) n / (draws + 1);
  }

  /** Whether any of the three tests rejects uniformity at {@link #LEVEL}. */
  public boolean rejects() {
    return chiSquareP < LEVEL || Math.abs(zLocation) > Z_CRITICAL
        || Math.abs(zSpread) > Z_CRITICAL;
  }

  /** Seed, R, the statistics and the bins, for a failure message. */
  public String report(String what, long seed) {
    long r = Arrays.stream(binCounts).sum();
    return String.format("%s: seed %d, R %d, chi-square %.2f (p %.3g), z location %.2f, "
        + "z spread %.2f (each test at level %.0e, |z| <= %.2f); bins %s", what, seed, r,
        chiSquare, chiSquareP, zLocation, zSpread, LEVEL, Z_CRITICAL,
        Arrays.toString(binCounts));
  }

  /** Asserts that the ranks pass all three tests. */
  public void assertCalibrated(String what, long seed) {
    if (rejects()) {
      throw new AssertionError(report(what, seed));
    }
  }
}
