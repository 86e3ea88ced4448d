package org.ppl4j.semantics.nested;

import org.ppl4j.semantics.dist.Distribution;
import org.ppl4j.semantics.dist.Support;
import org.ppl4j.semantics.random.Rng;

/**
 * The seed of an inner inference's generator, drawn from the outer run as an ordinary draw
 * (uniform over the 2^64 seeds), so that an {@code infer} by a random method takes its
 * randomness from the outer run's generator: each particle or chain has its own split stream,
 * so a run depends only on its seed, whatever the number of threads. Its support is not
 * finite, so an outer {@code enumerate} cannot take it (it names the inner method), and it is no
 * continuous draw, so gradient-based inference refuses it with the name below.
 *
 * @param method the inner method whose generator this seeds
 */
public record SeedDistribution(String method) implements Distribution<Long> {
  private static final double LOG_MASS = -64 * Math.log(2);

  @Override
  public Long sample(Rng rng) {
    return rng.nextLong();
  }

  @Override
  public double logDensity(Long x) {
    return LOG_MASS;
  }

  @Override
  public Support support() {
    return new Support.Integers(Long.MIN_VALUE, Long.MAX_VALUE);
  }

  @Override
  public boolean inSupport(Long x) {
    return true;
  }

  @Override
  public String name() {
    return "the random stream of infer with method '" + method + "'";
  }
}
