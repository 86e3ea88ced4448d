package org.ppl4j.semantics.ad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;
import org.ppl4j.semantics.dist.Family;

/**
 * Gradient checks of every family's log density with respect to each continuous parameter
 * and a continuous argument, plus spot values against Apache Commons Math densities.
 */
class AdDistributionTest {

  /** Checks the scalar family at argument x (last coordinate) and parameters ps. */
  private static void checkScalar(Family family, double x, double... ps) {
    double[] at = Arrays.copyOf(ps, ps.length + 1);
    at[ps.length] = x;
    GradientCheck.check(family.languageName(), v -> AdDistribution
        .of(family, Arrays.copyOf(v, ps.length)).logDensity(v[ps.length]), at);
  }

  /** Checks a discrete family at constant argument k with respect to the parameters. */
  private static void checkDiscrete(Family family, double k, double... ps) {
    GradientCheck.check(family.languageName(),
        v -> AdDistribution.of(family, v).logDensity(AdReal.constant(k)), ps);
  }

  @Test
  void continuousFamiliesMatchFiniteDifferences() {
    checkScalar(Family.NORMAL, 0.3, -1.0, 2.0);
    checkScalar(Family.LOGNORMAL, 1.7, 0.2, 0.6);
    checkScalar(Family.STUDENT_T, -0.8, 3.5, 0.4, 1.5);
    checkScalar(Family.CAUCHY, 2.2, 0.5, 1.3);
    checkScalar(Family.LAPLACE, 0.2, -0.4, 0.9);
    checkScalar(Family.UNIFORM, 0.6, -1.0, 2.0);
    checkScalar(Family.BETA, 0.35, 2.5, 1.5);
    checkScalar(Family.GAMMA, 1.4, 2.3, 0.7);
    checkScalar(Family.INV_GAMMA, 0.9, 3.0, 1.2);
    checkScalar(Family.EXPONENTIAL, 0.7, 1.9);
    checkScalar(Family.HALF_NORMAL, 0.7, 1.9);
    checkScalar(Family.HALF_CAUCHY, 0.7, 1.9);
  }

  @Test
  void discreteFamiliesMatchFiniteDifferencesInTheirParameters() {
    checkDiscrete(Family.BERNOULLI, 1, 0.3);
    checkDiscrete(Family.BERNOULLI, 0, 0.3);
    GradientCheck.check("binomial", v -> AdDistribution.of(Family.BINOMIAL,
        AdReal.constant(10), v[0]).logDensity(AdReal.constant(4)), 0.35);
    checkDiscrete(Family.POISSON, 3, 2.4);
    checkDiscrete(Family.GEOMETRIC, 2, 0.3);
    checkDiscrete(Family.NEG_BINOMIAL, 5, 2.5, 0.4);
    GradientCheck.check("categorical", v -> new AdDistribution(Family.CATEGORICAL,
        List.<AdReal[]>of(v)).logDensity(AdReal.constant(1)), 0.2, 0.5, 0.9);
  }

  @Test
  void multivariateFamiliesMatchFiniteDifferences() {
    // dirichlet: alphas free, x on the simplex parametrised by its first two coordinates
    GradientCheck.check("dirichlet", v -> {
      AdReal[] x = {v[3], v[4], v[3].plus(v[4]).subtractedFrom(1)};
      return new AdDistribution(Family.DIRICHLET, List.<AdReal[]>of(new AdReal[] {v[0], v[1], v[2]}))
          .logDensity(x);
    }, 1.5, 2.0, 0.7, 0.2, 0.5);
    // mv_normal: mean, a symmetric covariance built from 3 free entries, and x
    GradientCheck.check("mv_normal", v -> {
      AdReal[] cov = {v[2], v[3], v[3], v[4]};
      return new AdDistribution(Family.MV_NORMAL, List.of(new AdReal[] {v[0], v[1]}, cov))
          .logDensity(new AdReal[] {v[5], v[6]});
    }, 0.1, -0.3, 2.0, 0.6, 1.1, 0.9, 0.4);
  }

  @Test
  void valuesAgreeWithCommonsMath() {
    assertEquals(new BetaDistribution(2.5, 1.5).logDensity(0.35),
        value(Family.BETA, 0.35, 2.5, 1.5), 1e-12);
    assertEquals(new GammaDistribution(2.3, 1 / 0.7).logDensity(1.4),
        value(Family.GAMMA, 1.4, 2.3, 0.7), 1e-12);
    assertEquals(new TDistribution(3.5).logDensity(-0.8 / 1.5) - Math.log(1.5),
        value(Family.STUDENT_T, -0.8 + 0.4, 3.5, 0.4, 1.5), 1e-12);
    AdReal mv = new AdDistribution(Family.MV_NORMAL, List.of(AdReal.constants(0, 0),
        AdReal.constants(1, 0, 0, 1))).logDensity(AdReal.constants(1, 2));
    assertEquals(-Math.log(2 * Math.PI) - 2.5, mv.value(), 1e-12);
  }

  @Test
  void outsideSupportIsNegativeInfinityAndBadParametersAreNamed() {
    assertEquals(Double.NEGATIVE_INFINITY, value(Family.BETA, 1.5, 1, 1));
    assertEquals(Double.NEGATIVE_INFINITY, value(Family.EXPONENTIAL, -1, 1));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> value(Family.NORMAL, 0, 0, -1));
    assertTrue(e.getMessage().contains("normal: parameter 'sigma'"), e.getMessage());
    assertTrue(e.getMessage().contains("-1"), e.getMessage());
  }

  private static double value(Family f, double x, double... ps) {
    return AdDistribution.of(f, AdReal.constants(ps)).logDensity(AdReal.constant(x)).value();
  }
}
