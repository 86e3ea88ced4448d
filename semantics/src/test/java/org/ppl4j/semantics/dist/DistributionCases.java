package org.ppl4j.semantics.dist;

import static org.ppl4j.semantics.dist.Distributions.bernoulli;
import static org.ppl4j.semantics.dist.Distributions.beta;
import static org.ppl4j.semantics.dist.Distributions.binomial;
import static org.ppl4j.semantics.dist.Distributions.categorical;
import static org.ppl4j.semantics.dist.Distributions.cauchy;
import static org.ppl4j.semantics.dist.Distributions.exponential;
import static org.ppl4j.semantics.dist.Distributions.gamma;
import static org.ppl4j.semantics.dist.Distributions.geometric;
import static org.ppl4j.semantics.dist.Distributions.halfCauchy;
import static org.ppl4j.semantics.dist.Distributions.halfNormal;
import static org.ppl4j.semantics.dist.Distributions.invGamma;
import static org.ppl4j.semantics.dist.Distributions.laplace;
import static org.ppl4j.semantics.dist.Distributions.lognormal;
import static org.ppl4j.semantics.dist.Distributions.negBinomial;
import static org.ppl4j.semantics.dist.Distributions.normal;
import static org.ppl4j.semantics.dist.Distributions.poisson;
import static org.ppl4j.semantics.dist.Distributions.studentT;
import static org.ppl4j.semantics.dist.Distributions.uniform;
import static org.ppl4j.semantics.dist.Distributions.uniformInt;

import java.util.List;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.CauchyDistribution;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.GeometricDistribution;
import org.apache.commons.math3.distribution.LaplaceDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.PascalDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.distribution.UniformIntegerDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.special.Gamma;

/**
 * The univariate test cases shared by the suites: every distribution of LANGUAGE.md §6 with
 * parameters that exercise each sampling branch (gamma shape below and above 1, Poisson and
 * binomial by inversion and by transformed rejection, binomial with p above 1/2, ...).
 * References are Commons Math distributions, or closed forms on Commons Math's special
 * functions where Commons has no such distribution.
 */
final class DistributionCases {
  private DistributionCases() {}

  /** Continuous univariate cases. */
  static List<RealCase> real() {
    return List.of(
        RealCase.commons("normal(0, 1)", normal(0, 1), new NormalDistribution(0, 1),
            -3, -0.5, 0, 0.7, 2.5, 10),
        RealCase.commons("normal(-3.5, 0.2)", normal(-3.5, 0.2),
            new NormalDistribution(-3.5, 0.2), -4, -3.5, -3.1, 0),
        RealCase.commons("normal(1000, 50)", normal(1000, 50), new NormalDistribution(1000, 50),
            850, 999, 1200),
        RealCase.commons("lognormal(0, 1)", lognormal(0, 1), new LogNormalDistribution(0, 1),
            1e-3, 0.3, 1, 2.5, 40),
        RealCase.commons("lognormal(1.5, 0.3)", lognormal(1.5, 0.3),
            new LogNormalDistribution(1.5, 0.3), 1, 4.48, 9),
        studentT(3, 0, 1, -20, -1, 0, 0.3, 4),
        studentT(0.7, 2, 1.5, -100, 1, 2, 2.5, 1e4),
        studentT(30, -1, 0.5, -3, -1, 0.2),
        RealCase.commons("cauchy(0, 1)", cauchy(0, 1), new CauchyDistribution(0, 1),
            -1e3, -1, 0, 0.4, 7),
        RealCase.commons("cauchy(-2, 0.3)", cauchy(-2, 0.3), new CauchyDistribution(-2, 0.3),
            -2.5, -2, 3),
        RealCase.commons("laplace(0, 1)", laplace(0, 1), new LaplaceDistribution(0, 1),
            -4, -0.2, 0, 1.5),
        RealCase.commons("laplace(2, 3)", laplace(2, 3), new LaplaceDistribution(2, 3),
            -10, 2, 2.1, 20),
        RealCase.commons("uniform(0, 1)", uniform(0, 1), new UniformRealDistribution(0, 1),
            1e-9, 0.5, 0.999),
        RealCase.commons("uniform(-2, 5)", uniform(-2, 5), new UniformRealDistribution(-2, 5),
            -1.9, 0, 4.5),
        RealCase.commons("beta(2, 3)", beta(2, 3), new BetaDistribution(2, 3),
            0.01, 0.2, 0.5, 0.9, 0.999),
        RealCase.commons("beta(0.3, 0.7)", beta(0.3, 0.7), new BetaDistribution(0.3, 0.7),
            1e-6, 0.1, 0.5, 0.99),
        RealCase.commons("beta(50, 20)", beta(50, 20), new BetaDistribution(50, 20),
            0.5, 0.7, 0.8),
        RealCase.commons("gamma(1, 1)", gamma(1, 1), new GammaDistribution(1, 1),
            1e-3, 0.5, 1, 7),
        RealCase.commons("gamma(0.3, 2)", gamma(0.3, 2), new GammaDistribution(0.3, 0.5),
            1e-5, 0.1, 1, 3),
        RealCase.commons("gamma(7.5, 0.4)", gamma(7.5, 0.4), new GammaDistribution(7.5, 2.5),
            2, 15, 18.75, 60),
        gammaClosedForm(0.05, 1, 1e-20, 1e-8, 1e-3, 0.5),
        invGamma(3, 2, 0.05, 0.5, 1, 4),
        invGamma(0.8, 1, 0.1, 1, 100),
        RealCase.commons("exponential(1)", exponential(1), new ExponentialDistribution(1),
            1e-6, 0.3, 1, 12),
        RealCase.commons("exponential(0.25)", exponential(0.25), new ExponentialDistribution(4),
            0.1, 4, 30),
        halfNormal(1, 1e-4, 0.5, 1, 3),
        halfNormal(3, 0.2, 3, 9),
        halfCauchy(1, 1e-3, 1, 50),
        halfCauchy(0.5, 0.1, 0.5, 7));
  }

  private static RealCase studentT(double nu, double mu, double sigma, double... points) {
    TDistribution standard = new TDistribution(nu);
    return new RealCase("student_t(" + nu + ", " + mu + ", " + sigma + ")",
        Distributions.studentT(nu, mu, sigma),
        x -> standard.logDensity((x - mu) / sigma) - Math.log(sigma),
        x -> standard.cumulativeProbability((x - mu) / sigma), points);
  }

  /**
   * Gamma with the closed-form density on Commons' logGamma: Commons 3.6.1's own gamma
   * log density loses accuracy for tiny x (relative error 5e-11 at x = 1e-8, shape 0.05,
   * checked against mpmath; -inf at 1e-20).
   */
  private static RealCase gammaClosedForm(double shape, double rate, double... points) {
    return new RealCase("gamma(" + shape + ", " + rate + ")", Distributions.gamma(shape, rate),
        x -> shape * Math.log(rate) - Gamma.logGamma(shape) + (shape - 1) * Math.log(x)
            - rate * x,
        x -> Gamma.regularizedGammaP(shape, rate * x), points);
  }

  /** 1 / X for X ~ gamma(shape, rate = scale): density g(1/x) / x^2. */
  private static RealCase invGamma(double shape, double scale, double... points) {
    GammaDistribution inverse = new GammaDistribution(shape, 1 / scale);
    return new RealCase("inv_gamma(" + shape + ", " + scale + ")",
        Distributions.invGamma(shape, scale),
        x -> inverse.logDensity(1 / x) - 2 * Math.log(x),
        x -> Gamma.regularizedGammaQ(shape, scale / x), points);
  }

  /** |X| for X ~ normal(0, sigma): twice the normal density. */
  private static RealCase halfNormal(double sigma, double... points) {
    NormalDistribution folded = new NormalDistribution(0, sigma);
    return new RealCase("half_normal(" + sigma + ")", Distributions.halfNormal(sigma),
        x -> Math.log(2) + folded.logDensity(x),
        x -> Erf.erf(x / (sigma * Math.sqrt(2))), points);
  }

  /** |X| for X ~ cauchy(0, scale): twice the Cauchy density, CDF (2 / pi) atan(x / scale). */
  private static RealCase halfCauchy(double scale, double... points) {
    CauchyDistribution folded = new CauchyDistribution(0, scale);
    return new RealCase("half_cauchy(" + scale + ")", Distributions.halfCauchy(scale),
        x -> Math.log(2) + folded.logDensity(x),
        x -> 2 / Math.PI * Math.atan(x / scale), points);
  }

  /** Discrete cases. */
  static List<IntCase> discrete() {
    return List.of(
        bernoulli(0.3),
        bernoulli(0.95),
        IntCase.commons("binomial(10, 0.3)", binomial(10, 0.3),
            new BinomialDistribution(10, 0.3), 0, 3, 10),
        IntCase.commons("binomial(40, 0.97)", binomial(40, 0.97),
            new BinomialDistribution(40, 0.97), 30, 39, 40),
        IntCase.commons("binomial(1000, 0.4)", binomial(1000, 0.4),
            new BinomialDistribution(1000, 0.4), 0, 350, 400, 1000),
        IntCase.commons("binomial(500, 0.93)", binomial(500, 0.93),
            new BinomialDistribution(500, 0.93), 450, 465, 500),
        IntCase.commons("binomial(100000, 0.02)", binomial(100000, 0.02),
            new BinomialDistribution(100000, 0.02), 1900, 2000, 2300),
        IntCase.commons("poisson(3.5)", poisson(3.5), new PoissonDistribution(3.5),
            0, 1, 3, 12),
        IntCase.commons("poisson(0.01)", poisson(0.01), new PoissonDistribution(0.01), 0, 1, 4),
        IntCase.commons("poisson(25)", poisson(25), new PoissonDistribution(25), 5, 25, 60),
        IntCase.commons("poisson(1000)", poisson(1000), new PoissonDistribution(1000),
            900, 1000, 1100),
        IntCase.commons("geometric(0.3)", geometric(0.3), new GeometricDistribution(0.3),
            0, 1, 10),
        geometricClosedForm(0.02, 0, 50, 400),
        IntCase.commons("neg_binomial(3, 0.4)", negBinomial(3, 0.4),
            new PascalDistribution(3, 0.4), 0, 4, 30),
        negBinomialClosedForm(2.7, 0.25, 0, 8, 40),
        negBinomialClosedForm(0.5, 0.05, 0, 3, 200),
        categoricalCase(new double[] {0.2, 0, 0.5, 0.3}, 0, 2, 3),
        categoricalCase(new double[] {1, 2, 3}, 0, 1, 2),
        IntCase.commons("uniform_int(-3, 4)", uniformInt(-3, 4),
            new UniformIntegerDistribution(-3, 3), -3, 0, 3),
        IntCase.commons("uniform_int(0, 1)", uniformInt(0, 1),
            new UniformIntegerDistribution(0, 0), 0));
  }

  private static IntCase bernoulli(double p) {
    Bernoulli d = Distributions.bernoulli(p);
    BinomialDistribution reference = new BinomialDistribution(1, p);
    return new IntCase("bernoulli(" + p + ")", d, rng -> d.sample(rng) ? 1 : 0,
        k -> d.logDensity(k == 1), reference::logProbability, 0, new int[] {0, 1});
  }

  /** p (1 - p)^k. */
  private static IntCase geometricClosedForm(double p, int... points) {
    return IntCase.of("geometric(" + p + ")", geometric(p),
        k -> Math.log(p) + k * Math.log(1 - p), 0, points);
  }

  /** Gamma(k + r) / (k! Gamma(r)) p^r (1 - p)^k with Commons' logGamma. */
  private static IntCase negBinomialClosedForm(double r, double p, int... points) {
    return IntCase.of("neg_binomial(" + r + ", " + p + ")", negBinomial(r, p),
        k -> Gamma.logGamma(k + r) - Gamma.logGamma(k + 1.0) - Gamma.logGamma(r)
            + r * Math.log(p) + k * Math.log(1 - p),
        0, points);
  }

  /** ps[k] / sum(ps). */
  private static IntCase categoricalCase(double[] weights, int... points) {
    double total = java.util.Arrays.stream(weights).sum();
    return IntCase.of("categorical(" + java.util.Arrays.toString(weights) + ")",
        categorical(weights), k -> Math.log(weights[k] / total), 0, points);
  }
}
