package org.ppl4j.semantics.dist;

import org.ppl4j.semantics.math.SpecialFunctions;
import org.ppl4j.semantics.random.Rng;

/**
 * The Cauchy distribution {@code cauchy(loc, scale)} on the real line; it has no mean.
 *
 * @param loc location (median), finite
 * @param scale half width at half maximum, &gt; 0 and finite
 */
public record Cauchy(double loc, double scale) implements RealDistribution {
  /** Validates the parameters; see {@link Distributions#cauchy}. */
  public Cauchy {
    Parameters.finite("cauchy", "loc", loc);
    Parameters.positive("cauchy", "scale", scale);
  }

  /** Inverse CDF: {@code loc + scale tan(pi (U - 1/2))}, U uniform on (0, 1). */
  @Override
  public Double sample(Rng rng) {
    return loc + scale * Math.tan(Math.PI * (OpenUniform.draw(rng) - 0.5));
  }

  /** {@code -log(pi scale) - log(1 + z^2)}. */
  @Override
  public double logDensity(double x) {
    if (!inSupport(x)) {
      return Double.NEGATIVE_INFINITY;
    }
    double z = (x - loc) / scale;
    return -Math.log(Math.PI * scale) - SpecialFunctions.log1pSquared(z);
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
    return "cauchy";
  }
}
