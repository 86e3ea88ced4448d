package org.ppl4j.semantics.dist;

import java.util.OptionalDouble;
import org.ppl4j.semantics.random.Rng;

/**
 * The exponential distribution {@code exponential(rate)} on the positive reals.
 *
 * @param rate inverse mean, &gt; 0 and finite
 */
public record Exponential(double rate) implements RealDistribution {
  /** Validates the parameter; see {@link Distributions#exponential}. */
  public Exponential {
    Parameters.positive("exponential", "rate", rate);
  }

  /** Inverse CDF: {@code -log(U) / rate}, U uniform on (0, 1). */
  @Override
  public Double sample(Rng rng) {
    double x = -Math.log(OpenUniform.draw(rng)) / rate;
    return Math.min(Math.max(x, Double.MIN_VALUE), Double.MAX_VALUE);
  }

  /** {@code log rate - rate x}. */
  @Override
  public double logDensity(double x) {
    return inSupport(x) ? Math.log(rate) - rate * x : Double.NEGATIVE_INFINITY;
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
    return "exponential";
  }

  @Override
  public OptionalDouble mean() {
    return OptionalDouble.of(1 / rate);
  }

  @Override
  public OptionalDouble variance() {
    return OptionalDouble.of(1 / (rate * rate));
  }
}
