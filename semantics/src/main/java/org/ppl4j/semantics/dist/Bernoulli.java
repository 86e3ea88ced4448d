package org.ppl4j.semantics.dist;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ppl4j.semantics.random.Rng;

/**
 * The Bernoulli distribution {@code bernoulli(p)} on the booleans: true with probability p.
 *
 * @param p probability of true, in [0, 1]
 */
public record Bernoulli(double p) implements Distribution<Boolean> {
  private static final List<Boolean> VALUES = List.of(false, true);

  /** Validates the parameter; see {@link Distributions#bernoulli}. */
  public Bernoulli {
    Parameters.probability("bernoulli", "p", p);
  }

  /** {@code U < p}, U uniform on [0, 1). */
  @Override
  public Boolean sample(Rng rng) {
    return rng.nextDouble() < p;
  }

  /** {@code log p} for true, {@code log(1 - p)} for false. */
  @Override
  public double logDensity(Boolean x) {
    return x ? Math.log(p) : Math.log1p(-p);
  }

  @Override
  public boolean inSupport(Boolean x) {
    return x != null;
  }

  @Override
  public Support support() {
    return new Support.Booleans();
  }

  @Override
  public String name() {
    return "bernoulli";
  }

  /** {@code [false, true]}. */
  @Override
  public Optional<List<Boolean>> finiteSupport() {
    return Optional.of(VALUES);
  }

  /** {@code p} (true counted as 1). */
  @Override
  public OptionalDouble mean() {
    return OptionalDouble.of(p);
  }

  @Override
  public OptionalDouble variance() {
    return OptionalDouble.of(p * (1 - p));
  }
}
