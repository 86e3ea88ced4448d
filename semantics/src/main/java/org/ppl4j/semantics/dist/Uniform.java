package org.ppl4j.semantics.dist;

import java.util.OptionalDouble;
import org.ppl4j.semantics.random.Rng;

/**
 * The continuous uniform distribution {@code uniform(lo, hi)} on the open interval (lo, hi).
 *
 * @param lo lower end, finite
 * @param hi upper end, finite and &gt; lo
 */
public record Uniform(double lo, double hi) implements RealDistribution {
  /** Validates the parameters; see {@link Distributions#uniform}. */
  public Uniform {
    Parameters.finite("uniform", "lo", lo);
    Parameters.finite("uniform", "hi", hi);
    if (!(hi > lo)) {
      throw Parameters.error("uniform", "hi", "> lo (" + lo + ")", hi);
    }
    if (!Double.isFinite(hi - lo)) {
      throw Parameters.error("uniform", "hi", "within a finite distance of lo (" + lo + ")", hi);
    }
  }

  /** {@code lo + (hi - lo) U}, redrawn in the rare case rounding lands on an end point. */
  @Override
  public Double sample(Rng rng) {
    while (true) {
      double x = lo + (hi - lo) * rng.nextDouble();
      if (x > lo && x < hi) {
        return x;
      }
    }
  }

  /** {@code -log(hi - lo)} inside the interval. */
  @Override
  public double logDensity(double x) {
    return inSupport(x) ? -Math.log(hi - lo) : Double.NEGATIVE_INFINITY;
  }

  @Override
  public boolean inSupport(double x) {
    return x > lo && x < hi;
  }

  @Override
  public Support support() {
    return new Support.Interval(lo, hi);
  }

  @Override
  public String name() {
    return "uniform";
  }

  @Override
  public OptionalDouble mean() {
    return OptionalDouble.of(lo + (hi - lo) / 2);
  }

  @Override
  public OptionalDouble variance() {
    double width = hi - lo;
    return OptionalDouble.of(width * width / 12);
  }
}
