package org.ppl4j.inference.batched;

import org.ppl4j.semantics.random.Rng;

/**
 * Standard normal draws into an array, both of each pair of Marsaglia's polar method used
 * (Marsaglia and Bray, "A convenient method for generating normal variables", SIAM Review 1964):
 * the same method as {@link Rng#nextGaussian()}, at half its cost per draw.
 */
final class Gaussians {
  private Gaussians() {}

  /** Fills {@code out[from..to)} with independent standard normal draws from {@code rng}. */
  static void fill(double[] out, int from, int to, Rng rng) {
    int i = from;
    while (i < to) {
      double u = 2 * rng.nextDouble() - 1;
      double v = 2 * rng.nextDouble() - 1;
      double s = u * u + v * v;
      if (s > 0 && s < 1) {
        double f = Math.sqrt(-2 * Math.log(s) / s);
        out[i++] = u * f;
        if (i < to) {
          out[i++] = v * f;
        }
      }
    }
  }
}
