package org.ppl4j.semantics.random;

/**
 * A source of randomness that every drawing entry point takes explicitly.
 *
 * <p>Implementations are splittable: {@link #split()} returns an independent stream, so that
 * particles and chains can each get their own generator and a run depends only on its seed,
 * never on the number of threads (L'Ecuyer et al.; Steele, Lea and Flood, "Fast splittable
 * pseudorandom number generators", OOPSLA 2014). Test code may implement it to enumerate an
 * algorithm's own draws (an "exhaustive random" source).
 */
public interface Rng {

  /** A uniform draw on [0, 1). */
  double nextDouble();

  /** A uniform draw over all 64-bit values. */
  long nextLong();

  /**
   * A uniform draw on {0, ..., bound - 1}.
   *
   * @param bound number of outcomes, &gt; 0
   */
  int nextInt(int bound);

  /** A standard normal draw. */
  double nextGaussian();

  /** A new generator whose stream is independent of this one's; advances this one. */
  Rng split();

  /** A seeded, splittable generator (SplitMix64, as {@link java.util.SplittableRandom}). */
  static Rng seeded(long seed) {
    return new SplitMixRng(seed);
  }
}
