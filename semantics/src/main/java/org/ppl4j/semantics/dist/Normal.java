package org.ppl4j.semantics.dist;

import java.util.OptionalDouble;
import org.ppl4j.semantics.math.SpecialFunctions;
import org.ppl4j.semantics.random.Rng;

/**
 * The normal distribution {@code normal(mu, sigma)} on the real line.
 *
 * @param mu mean, finite
 * @param sigma standard deviation, &gt; 0 and finite
 */
public record Normal(double mu, double sigma) implements RealDistribution {
  /** Validates the parameters; see {@link Distributions#normal}. */
  public Normal {
    Parameters.finite("normal", "mu", mu);
    Parameters.positive("normal", "sigma", sigma);
  }

  @Override
  public Double sample(Rng rng) {
    return mu + sigma * rng.nextGaussian();
  }

  /** {@code -log sigma - log sqrt(2 pi) - z^2 / 2} with {@code z = (x - mu) / sigma}. */
  @Override
  public double logDensity(double x) {
    if (!inSupport(x)) {
      return Double.NEGATIVE_INFINITY;
    }
    double z = (x - mu) / sigma;
    return -0.5 * z * z - Math.log(sigma) - SpecialFunctions.LOG_SQRT_2PI;
  }

  @Override
  public boolean inSupport(double x) {
    return Double.isFinite(x);
  }

  @Override
  public Support support() {
    return new Support.RealLine();
  }

  @Override
  public String name() {
    return "normal";
  }

  @Override
  public OptionalDouble mean() {
    return OptionalDouble.of(mu);
  }

  @Override
  public OptionalDouble variance() {
    return OptionalDouble.of(sigma * sigma);
  }
}
