package org.ppl4j.semantics.random;

import java.util.SplittableRandom;

/**
 * The default {@link Rng}: the SplitMix64 generator of the JDK's {@link SplittableRandom}
 * (Steele, Lea and Flood, OOPSLA 2014). The same seed gives the same stream; {@link #split()}
 * gives statistically independent streams.
 */
final class SplitMixRng implements Rng {
  private final SplittableRandom random;

  SplitMixRng(long seed) {
    this(new SplittableRandom(seed));
  }

  private SplitMixRng(SplittableRandom random) {
    this.random = random;
  }

  @Override
  public double nextDouble() {
    return random.nextDouble();
  }

  @Override
  public long nextLong() {
    return random.nextLong();
  }

  @Override
  public int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be > 0, got " + bound);
    }
    return random.nextInt(bound);
  }

  @Override
  public double nextGaussian() {
    // Marsaglia's polar method on this stream's uniforms.
    while (true) {
      double u = 2 * random.nextDouble() - 1;
      double v = 2 * random.nextDouble() - 1;
      double s = u * u + v * v;
      if (s > 0 && s < 1) {
        return u * Math.sqrt(-2 * Math.log(s) / s);
      }
    }
  }

  @Override
  public Rng split() {
    return new SplitMixRng(random.split());
  }
}
