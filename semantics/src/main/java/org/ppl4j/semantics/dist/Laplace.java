package org.ppl4j.semantics.dist;

import java.util.OptionalDouble;
import org.ppl4j.semantics.random.Rng;

/**
 * The Laplace (double exponential) distribution {@code laplace(loc, scale)}.
 *
 * @param loc location (mean and median), finite
 * @param scale scale, &gt; 0 and finite
 */
public record Laplace(double loc, double scale) implements RealDistribution {
  /** Validates the parameters; see {@link Distributions#laplace}. */
  public Laplace {
    Parameters.finite("laplace", "loc", loc);
    Parameters.positive("laplace", "scale", scale);
  }

  /** Inverse CDF: {@code loc - scale sign(u) log(1 - 2|u|)}, u uniform on (-1/2, 1/2). */
  @Override
  public Double sample(Rng rng) {
    double u = OpenUniform.draw(rng) - 0.5;
    return loc - scale * Math.signum(u) * Math.log1p(-2 * Math.abs(u));
  }

  /** {@code -log(2 scale) - |x - loc| / scale}. */
  @Override
  public double logDensity(double x) {
    if (!inSupport(x)) {
      return Double.NEGATIVE_INFINITY;
    }
    return -Math.log(2 * scale) - Math.abs(x - loc) / scale;
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
    return "laplace";
  }

  @Override
  public OptionalDouble mean() {
    return OptionalDouble.of(loc);
  }

  @Override
  public OptionalDouble variance() {
    return OptionalDouble.of(2 * scale * scale);
  }
}
