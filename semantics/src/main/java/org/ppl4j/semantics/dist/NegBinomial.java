package org.ppl4j.semantics.dist;

import static org.ppl4j.semantics.dist.FamilyDescription.parameter;
import static org.ppl4j.semantics.math.DoubleNum.num;
import static org.ppl4j.semantics.math.DoubleNum.real;

import java.util.List;
import java.util.OptionalDouble;
import org.ppl4j.semantics.math.DoubleNum;
import org.ppl4j.semantics.math.Num;
import org.ppl4j.semantics.math.SpecialFunctions;
import org.ppl4j.semantics.random.Rng;

/**
 * The negative binomial distribution {@code neg_binomial(r, p)}: the number of failures
 * before the r-th success, mass {@code Gamma(k + r) / (k! Gamma(r)) p^r (1 - p)^k}; r may be
 * any positive real (the gamma–Poisson mixture).
 *
 * @param r number of successes, &gt; 0 and finite
 * @param p success probability, in (0, 1]
 */
public record NegBinomial(double r, double p) implements IntDistribution, DirectCdf {
  /** The family neg_binomial: its parameters, constructor and log density. */
  public static final FamilyDescription FAMILY = new FamilyDescription(
      "neg_binomial", ValueType.INT,
      List.of(parameter("r", Domain.POSITIVE), parameter("p", Domain.POSITIVE_PROBABILITY)),
      a -> new NegBinomial(a.real(0), a.real(1)),
      (n, x, p) -> NegBinomial.logDensity(n, n.value(x[0]), p.get(0)[0], p.get(1)[0]));

  /** Validates the parameters; see {@link Distributions#negBinomial}. */
  public NegBinomial {
    Parameters.positive("neg_binomial", "r", r);
    Parameters.positiveProbability("neg_binomial", "p", p);
  }

  /** Gamma–Poisson mixture: {@code poisson(G)} with {@code G ~ gamma(r, rate p / (1 - p))}. */
  @Override
  public Integer sample(Rng rng) {
    if (p == 1) {
      return 0;
    }
    double rate = Math.exp(GammaSampler.logStandard(rng, r) + Math.log1p(-p) - Math.log(p));
    return Parameters.drawAsInt("neg_binomial", PoissonSampler.draw(rng, rate));
  }

  /** {@code lgamma(k + r) - lgamma(k + 1) - lgamma(r) + r log p + k log(1 - p)}. */
  @Override
  public double logDensity(int k) {
    return real(logDensity(DoubleNum.INSTANCE, k, num(r), num(p)));
  }

  /** The log density written once over any {@link Num}; see the instance method. */
  public static long logDensity(Num n, double k, long r, long p) {
    if (!(k >= 0)) {
      return n.constant(Double.NEGATIVE_INFINITY);
    }
    // Gamma(k + r) / (k! Gamma(r)) = 1 / (k B(r, k)) for k >= 1.
    long logCoefficient = k == 0 ? n.constant(0)
        : n.minusFrom(-Math.log(k), n.logBeta(r, n.constant(k)));
    return n.add(n.add(logCoefficient, n.mul(r, n.log(p))), n.xLog1pY(k, n.neg(p)));
  }

  @Override
  public boolean inSupport(int k) {
    return k >= 0;
  }

  @Override
  public Support support() {
    return new Support.Integers(0, Long.MAX_VALUE);
  }

  @Override
  public String name() {
    return "neg_binomial";
  }

  /** {@code r (1 - p) / p}. */
  @Override
  public OptionalDouble mean() {
    return OptionalDouble.of(r * (1 - p) / p);
  }

  /** {@code r (1 - p) / p^2}. */
  @Override
  public OptionalDouble variance() {
    return OptionalDouble.of(r * (1 - p) / (p * p));
  }

  @Override
  public double cdf(double x) {
    double k = Math.floor(x);
    return k < 0 ? 0.0 : Regularized.beta(p, r, k + 1);
  }

  @Override
  public double logCcdf(double x) {
    double k = Math.floor(x);
    return k < 0 ? 0.0 : p == 1 ? Double.NEGATIVE_INFINITY
        : Math.log(Regularized.beta(1 - p, k + 1, r));
  }

  @Override
  public double quantile(double q) {
    return Regularized.discreteQuantile(this, q, 0, Long.MAX_VALUE);
  }
}
