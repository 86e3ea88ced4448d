package org.ppl4j.semantics.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The cdfs, log cdfs and quantiles of every univariate family against values from an
 * independent source: closed forms evaluated by hand, or mpmath 1.3.0 at 40 digits
 * ({@code ncdf}, {@code betainc}, ...) and SciPy 1.17.1 ({@code stats.*.ppf}), computed on
 * 2026-12-07. Tolerances: 1e-14 relative for our closed forms and the normal tails, 1e-12 for
 * Commons Math's regularized functions, 1e-8 for its root-finding quantiles (absolute accuracy
 * 1e-9).
 */
class CumulativeReferenceTest {

  private static void near(double expected, double actual, double relative, String what) {
    assertEquals(expected, actual, relative * Math.max(1.0, Math.abs(expected)), what);
  }

  @Test
  void normalIsAccurateInBothTails() {
    Normal n = new Normal(0, 1);
    near(0.9750021048517795658, n.cdf(1.96), 1e-15, "Phi(1.96)");
    near(-804.6084420137537882, n.logCdf(-40), 1e-14, "log Phi(-40)");
    near(-804.6084420137537882, n.logCcdf(40), 1e-14, "log(1 - Phi(40))");
    near(-53.23128515051247058, n.logCdf(-10), 1e-14, "log Phi(-10)");
    near(-17.77937635262526051, n.logCcdf(5.5), 1e-14, "log(1 - Phi(5.5))");
    near(1.9599639845400542355, n.quantile(0.975), 1e-15, "qnorm(0.975)");
    near(-37.047096299361199237, n.quantile(1e-300), 1e-14, "qnorm(1e-300)");
    near(3.0 + 2 * 1.9599639845400542355, new Normal(3, 2).quantile(0.975), 1e-15, "scaled");
    assertEquals(Double.NEGATIVE_INFINITY, n.quantile(0));
    assertEquals(0.0, n.quantile(0.5), 0.0);
  }

  @Test
  void continuousFamilies() {
    near(0.7558914042144172660, new LogNormal(0, 1).cdf(2), 1e-14, "lognormal: Phi(log 2)");
    near(0.9303370157205784116, new StudentT(3, 0, 1).cdf(2), 1e-12, "t_3 cdf(2)");
    near(3.1824463052837078, new StudentT(3, 0, 1).quantile(0.975), 1e-8, "qt(0.975, 3)");
    near(0.75, new Cauchy(0, 1).cdf(1), 1e-15, "cauchy: 1/2 + atan(1)/pi");
    near(-24.17058081578985701, new Cauchy(0, 1).logCcdf(1e10), 1e-14, "cauchy far tail");
    near(1 - 0.5 * Math.exp(-1), new Laplace(0, 1).cdf(1), 1e-15, "laplace: 1 - e^-1/2");
    near(-1 + Math.log(0.5), new Laplace(0, 1).logCdf(-1), 1e-15, "laplace: log(e^-1/2)");
    near(0.25, new Uniform(0, 1).cdf(0.25), 1e-15, "uniform");
    near(0.6875, new Beta(2, 3).cdf(0.5), 1e-12, "I_0.5(2, 3) = 11/16");
    near(-5.599422459331958292, new Beta(2, 3).logCcdf(0.9), 1e-12, "beta(2,3) lccdf(0.9)");
    near(0.27238394207510536, new Beta(2, 3).quantile(0.3), 1e-8, "qbeta(0.3, 2, 3)");
    near(0.2642411176571153568, new Gamma(2, 1).cdf(1), 1e-12, "gamma(2,1): 1 - 2/e");
    near(1.6783469900166612, new Gamma(2, 1).quantile(0.5), 1e-8, "qgamma(0.5, 2)");
    near(2 / Math.E, new InvGamma(2, 1).cdf(1), 1e-12, "inv_gamma(2,1): Q(2, 1) = 2/e");
    near(1 - Math.exp(-2), new Exponential(2).cdf(1), 1e-15, "exponential");
    assertEquals(-2.0, new Exponential(2).logCcdf(1), 0.0, "exponential: -rate x exactly");
    near(Math.log(2) / 2, new Exponential(2).quantile(0.5), 1e-15, "exponential median");
    near(0.6826894921370858972, new HalfNormal(1).cdf(1), 1e-15, "half_normal: erf(1/sqrt 2)");
    near(0.5, new HalfCauchy(1).cdf(1), 1e-15, "half_cauchy: 2 atan(1)/pi");
    near(Math.exp(-1), new Gumbel(0, 1).cdf(0), 1e-15, "gumbel: exp(-1)");
    near(-3.024790254976560671, new Gumbel(0, 1).logCcdf(3), 1e-14, "gumbel lccdf(3)");
  }

  @Test
  void discreteFamilies() {
    near(0.7, new Bernoulli(0.3).cdf(0), 1e-15, "bernoulli: 1 - p");
    assertEquals(1.0, new Bernoulli(0.3).quantile(0.8), 0.0, "bernoulli quantile: true");
    near(638.0 / 1024, new Binomial(10, 0.5).cdf(5), 1e-12, "binomial(10, 1/2): 638/1024");
    assertEquals(5.0, new Binomial(10, 0.5).quantile(0.5), 0.0, "qbinom(0.5, 10, 0.5)");
    near(0.4231900811268435153, new Poisson(3).cdf(2), 1e-12, "poisson(3): 8.5 e^-3");
    near(0.4231900811268435153, new Poisson(3).cdf(2.7), 1e-12, "floor(2.7) = 2");
    assertEquals(3.0, new Poisson(3).quantile(0.5), 0.0, "qpois(0.5, 3)");
    assertEquals(Double.POSITIVE_INFINITY, new Poisson(3).quantile(1), 0.0);
    near(0.578125, new Geometric(0.25).cdf(2), 1e-15, "geometric: 1 - 0.75^3");
    near(0.5, new NegBinomial(2, 0.5).cdf(1), 1e-12, "neg_binomial(2, 1/2): 1/4 + 1/4");
    near(0.5, new UniformInt(1, 5).cdf(2), 1e-15, "uniform_int 1..4: 2/4");
    assertEquals(2.0, new UniformInt(1, 5).quantile(0.5), 0.0, "uniform_int median");
    assertEquals(0.0, new Poisson(3).cdf(-1), 0.0);
  }

  @Test
  void cdfAndQuantileAreInverseOnAGrid() {
    Cumulative[] families = {new Normal(1, 2), new StudentT(4, 0, 1), new Gamma(3, 2),
        new Beta(0.5, 2), new LogNormal(0, 0.5), new Gumbel(1, 2), new Laplace(0, 3),
        new InvGamma(3, 2), new HalfNormal(2), new HalfCauchy(1), new Cauchy(0, 1)};
    for (Cumulative c : families) {
      for (double p = 0.01; p < 1; p += 0.07) {
        double x = c.quantile(p);
        near(p, c.cdf(x), 1e-8, c + " cdf(quantile(" + p + "))");
        near(Math.log1p(-p), c.logCcdf(x), 1e-7, c + " lccdf(quantile(" + p + "))");
        assertTrue(c.logCdf(x) <= 0);
      }
    }
  }

  @Test
  void truncatedMassComesFromTheAccurateTail() {
    near(Math.log(0.1359051219832778442), Truncation.logMass(new Normal(0, 1), 1, 2), 1e-14,
        "log(Phi(2) - Phi(1))");
    near(-804.6084420137537882, Truncation.logMass(new Normal(0, 1), 40,
        Double.POSITIVE_INFINITY), 1e-14, "mass above 40");
  }
}
