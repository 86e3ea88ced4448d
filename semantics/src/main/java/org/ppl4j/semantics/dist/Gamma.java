package org.ppl4j.semantics.dist;

import java.util.OptionalDouble;
import org.ppl4j.semantics.math.SpecialFunctions;
import org.ppl4j.semantics.random.Rng;

/**
 * The gamma distribution {@code gamma(shape, rate)} on the positive reals, parametrised by
 * rate as in Stan: density {@code rate^shape x^(shape-1) e^(-rate x) / Gamma(shape)}.
 *
 * @param shape shape, &gt; 0 and finite
 * @param rate inverse scale, &gt; 0 and finite
 */
public record Gamma(double shape, double rate) implements RealDistribution {
  /** Validates the parameters; see {@link Distributions#gamma}. */
  public Gamma {
    Parameters.positive("gamma", "shape", shape);
    Parameters.positive("gamma", "rate", rate);
  }

  /** Marsaglia–Tsang standard gamma divided by the rate; kept inside (0, inf). */
  @Override
  public Double sample(Rng rng) {
    double x = GammaSampler.standard(rng, shape) / rate;
    return Math.min(Math.max(x, Double.MIN_VALUE), Double.MAX_VALUE);
  }

  /** {@code shape log rate - lgamma(shape) + (shape - 1) log x - rate x}. */
  @Override
  public double logDensity(double x) {
    if (!inSupport(x)) {
      return Double.NEGATIVE_INFINITY;
    }
    return shape * Math.log(rate) - SpecialFunctions.lgamma(shape)
        + (shape - 1) * Math.log(x) - rate * x;
  }

  @Override
  public boolean inSupport(double x) {
    return x > 0 && x < Double.POSITIVE_INFINITY;
  }

  @Override
  public Support support() {
    return new Support.LowerBounded(0);
  }

  @Override
  public String name() {
    return "gamma";
  }

  @Override
  public OptionalDouble mean() {
    return OptionalDouble.of(shape / rate);
  }

  @Override
  public OptionalDouble variance() {
    return OptionalDouble.of(shape / rate / rate);
  }
}
