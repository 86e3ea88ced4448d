package org.ppl4j.semantics.dist;

import java.util.OptionalDouble;
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
public record NegBinomial(double r, double p) implements IntDistribution {
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
    if (!inSupport(k)) {
      return Double.NEGATIVE_INFINITY;
    }
    // Gamma(k + r) / (k! Gamma(r)) = 1 / (k B(r, k)) for k >= 1.
    double logCoefficient = k == 0 ? 0 : -Math.log(k) - SpecialFunctions.logBeta(r, k);
    return logCoefficient + r * Math.log(p) + SpecialFunctions.xLog1pY(k, -p);
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
}
