package org.ppl4j.proofs.inference;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * The statistical assertions of the inference suite, each with its level stated. Test-only.
 */
final class MonteCarloCheck {
  /** |z| bound: with t(29) a two-sided false alarm of about 1e-4 per check. */
  static final double Z_BOUND = 4.5;
  /** Significance level of the chi-square tests. */
  static final double CHI_SQUARE_LEVEL = 1e-4;

  private MonteCarloCheck() {}

  /**
   * Asserts that the mean of {@code estimates} (independent replications of an estimator)
   * lies within {@link #Z_BOUND} standard errors of {@code exact}; the standard error is the
   * replications' sample standard deviation over sqrt(R).
   */
  static void assertMeanNear(String what, double[] estimates, double exact, long seed) {
    int r = estimates.length;
    double mean = 0;
    for (double e : estimates) {
      mean += e;
    }
    mean /= r;
    double ss = 0;
    for (double e : estimates) {
      ss += (e - mean) * (e - mean);
    }
    double se = Math.sqrt(ss / (r - 1) / r);
    double z = (mean - exact) / se;
    assertTrue(Math.abs(z) <= Z_BOUND || Math.abs(mean - exact) < 1e-12,
        String.format("%s: seed %d, R = %d replications, mean %.6g vs exact %.6g, se %.3g, z = %.2f",
            what, seed, r, mean, exact, se, z));
  }

  /**
   * Asserts that {@code counts} are uniform over their bins by Pearson's chi-square test at
   * level {@link #CHI_SQUARE_LEVEL}.
   */
  static void assertUniform(String what, int[] counts, long seed) {
    int total = 0;
    for (int c : counts) {
      total += c;
    }
    double expected = (double) total / counts.length;
    double chi2 = 0;
    for (int c : counts) {
      chi2 += (c - expected) * (c - expected) / expected;
    }
    double p = 1 - new ChiSquaredDistribution(counts.length - 1).cumulativeProbability(chi2);
    assertTrue(p >= CHI_SQUARE_LEVEL, String.format(
        "%s: seed %d, N = %d, chi-square %.2f on %d df, p = %.3g < %.0e; counts %s", what, seed,
        total, chi2, counts.length - 1, p, CHI_SQUARE_LEVEL, java.util.Arrays.toString(counts)));
  }

  /**
   * Asserts that observed counts over categories match the probabilities {@code expected} by
   * Pearson's chi-square test at level {@link #CHI_SQUARE_LEVEL} (categories with expected
   * count below 5 are pooled into the last kept one).
   */
  static void assertMatches(String what, int[] counts, double[] expected, long seed) {
    int total = 0;
    for (int c : counts) {
      total += c;
    }
    double chi2 = 0;
    int df = -1;
    double pooledObserved = 0;
    double pooledExpected = 0;
    for (int i = 0; i < counts.length; i++) {
      pooledObserved += counts[i];
      pooledExpected += expected[i] * total;
      if (pooledExpected >= 5) {
        chi2 += (pooledObserved - pooledExpected) * (pooledObserved - pooledExpected)
            / pooledExpected;
        df++;
        pooledObserved = 0;
        pooledExpected = 0;
      }
    }
    if (pooledExpected > 0) {
      chi2 += (pooledObserved - pooledExpected) * (pooledObserved - pooledExpected)
          / Math.max(pooledExpected, 1e-300);
    }
    double p = 1 - new ChiSquaredDistribution(Math.max(df, 1)).cumulativeProbability(chi2);
    assertTrue(p >= CHI_SQUARE_LEVEL, String.format(
        "%s: seed %d, N = %d, chi-square %.2f on %d df, p = %.3g; counts %s, expected %s", what,
        seed, total, chi2, df, p, java.util.Arrays.toString(counts),
        java.util.Arrays.toString(expected)));
  }
}
