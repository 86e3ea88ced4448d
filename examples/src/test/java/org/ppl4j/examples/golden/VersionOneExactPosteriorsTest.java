package org.ppl4j.examples.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Cross-checks of the version-1 oracles, each against an independent computation. */
class VersionOneExactPosteriorsTest {
  private static final double[] YS = {1.2, 0.4, 2.1, 1.7, 0.9};

  @Test
  void censoredWithNothingCensoredIsTheConjugateNormalMean() {
    Reference grid = VersionOneExactPosteriors.censored(YS, 0, 1.5);
    Reference exact = ExactPosteriors.normalMean(YS, 1.0);
    assertEquals(exact.leaves().get("mu").mean(), grid.leaves().get("mu").mean(), 1e-8);
    assertEquals(exact.leaves().get("mu").sd(), grid.leaves().get("mu").sd(), 1e-8);
    assertEquals(3, grid.leaves().get("mu").kurtosis(), 1e-4, "a normal posterior");
  }

  @Test
  void censoringAboveALimitPullsTheMeanUp() {
    double open = VersionOneExactPosteriors.censored(YS, 0, 1.5).leaves().get("mu").mean();
    double censored = VersionOneExactPosteriors.censored(YS, 3, 1.5).leaves().get("mu").mean();
    assertEquals(true, censored > open + 0.05, open + " vs " + censored);
  }

  @Test
  void regressionWithOnePredictorMatchesTheTwoByTwoClosedForm() {
    double[][] x = {{-1}, {0}, {1}, {2}};
    double[] y = {0.5, 1.0, 2.5, 2.9};
    // Precision P = diag(1/100, 1) + A'A with A = [1 x]: A'A = [[4, 2], [2, 6]], A'y = [6.9, 7.8].
    double p00 = 4.01;
    double p01 = 2;
    double p11 = 7;
    double det = p00 * p11 - p01 * p01;
    double meanAlpha = (p11 * 6.9 - p01 * 7.8) / det;
    double meanBeta = (p00 * 7.8 - p01 * 6.9) / det;
    Reference ref = VersionOneExactPosteriors.regression(x, y, 1.0);
    assertEquals(meanAlpha, ref.leaves().get("alpha").mean(), 1e-12);
    assertEquals(meanBeta, ref.leaves().get("beta[0]").mean(), 1e-12);
    assertEquals(Math.sqrt(p11 / det), ref.leaves().get("alpha").sd(), 1e-12);
    assertEquals(Math.sqrt(p00 / det), ref.leaves().get("beta[0]").sd(), 1e-12);
  }

  @Test
  void truncationAtZeroWithMeanFarAboveItChangesNothing() {
    double[] far = {10.3, 9.1, 11.4};
    Reference grid = VersionOneExactPosteriors.truncated(far);
    // mu ~ normal(0, 5), ys ~ normal(mu, 1): precision 1/25 + 3, mean (sum ys) / precision;
    // Phi(mu) = 1 to 1e-20 near mu = 10, so the truncation term is constant.
    double precision = 1 / 25.0 + 3;
    assertEquals((10.3 + 9.1 + 11.4) / precision, grid.leaves().get("mu").mean(), 1e-7);
    assertEquals(Math.sqrt(1 / precision), grid.leaves().get("mu").sd(), 1e-7);
  }
}
