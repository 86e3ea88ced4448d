package org.ppl4j.semantics.dist;

import org.ppl4j.semantics.math.SpecialFunctions;
import org.ppl4j.semantics.random.Rng;

/**
 * The half-Cauchy distribution {@code half_cauchy(scale)}: {@code |X|} for
 * {@code X ~ cauchy(0, scale)}, on the positive reals; it has no mean.
 *
 * @param scale scale, &gt; 0 and finite
 */
public record HalfCauchy(double scale) implements RealDistribution {
  private static final double LOG_2_OVER_PI = Math.log(2 / Math.PI);

  /** Validates the parameter; see {@link Distributions#halfCauchy}. */
  public HalfCauchy {
    Parameters.positive("half_cauchy", "scale", scale);
  }

  /** Inverse CDF: {@code scale tan(pi U / 2)}, U uniform on (0, 1). */
  @Override
  public Double sample(Rng rng) {
    double x = scale * Math.tan(0.5 * Math.PI * OpenUniform.draw(rng));
    return Math.min(Math.max(x, Double.MIN_VALUE), Double.MAX_VALUE);
  }

  /** {@code log(2 / pi) - log scale - log(1 + (x / scale)^2)}. */
  @Override
  public double logDensity(double x) {
    if (!inSupport(x)) {
      return Double.NEGATIVE_INFINITY;
    }
    double z = x / scale;
    return LOG_2_OVER_PI - Math.log(scale) - SpecialFunctions.log1pSquared(z);
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
    return "half_cauchy";
  }
}
