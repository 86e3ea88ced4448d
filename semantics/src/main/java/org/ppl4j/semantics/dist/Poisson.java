package org.ppl4j.semantics.dist;

import java.util.OptionalDouble;
import org.ppl4j.semantics.math.SaddlePoint;
import org.ppl4j.semantics.random.Rng;

/**
 * The Poisson distribution {@code poisson(rate)} on the non-negative integers.
 *
 * @param rate mean, &gt;= 0 and finite (rate 0 is the point mass at 0)
 */
public record Poisson(double rate) implements IntDistribution {
  /** Validates the parameter; see {@link Distributions#poisson}. */
  public Poisson {
    if (!(rate >= 0)) {
      throw Parameters.error("poisson", "rate", ">= 0", rate);
    }
    Parameters.finite("poisson", "rate", rate);
  }

  /** Inversion for small rates, Hörmann's PTRS for rates of 10 and more. */
  @Override
  public Integer sample(Rng rng) {
    return Parameters.drawAsInt("poisson", PoissonSampler.draw(rng, rate));
  }

  /**
   * {@code k log rate - rate - lgamma(k + 1)}, in Loader's saddle-point form for large k
   * ({@link SaddlePoint#logPoisson}).
   */
  @Override
  public double logDensity(int k) {
    return inSupport(k) ? SaddlePoint.logPoisson(k, rate) : Double.NEGATIVE_INFINITY;
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
    return "poisson";
  }

  @Override
  public OptionalDouble mean() {
    return OptionalDouble.of(rate);
  }

  @Override
  public OptionalDouble variance() {
    return OptionalDouble.of(rate);
  }
}
