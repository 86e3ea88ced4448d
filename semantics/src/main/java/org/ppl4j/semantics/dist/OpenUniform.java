package org.ppl4j.semantics.dist;

import org.ppl4j.semantics.random.Rng;

/** Uniform draws on the open interval (0, 1), for inverse-CDF samplers that take logarithms. */
final class OpenUniform {
  private OpenUniform() {}

  /** A uniform draw on (0, 1): {@link Rng#nextDouble()} with the value 0 rejected. */
  static double draw(Rng rng) {
    double u;
    do {
      u = rng.nextDouble();
    } while (u == 0);
    return u;
  }
}
