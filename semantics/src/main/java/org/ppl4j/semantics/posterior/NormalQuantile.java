package org.ppl4j.semantics.posterior;

import org.ppl4j.semantics.math.NormalCdf;

/**
 * The standard normal quantile for rank normalisation (Vehtari et al. 2021): the one
 * implementation in {@link NormalCdf#quantile} (Acklam's approximation with a Halley step),
 * restricted to the open interval the ranks give.
 */
final class NormalQuantile {
  private NormalQuantile() {}

  /** {@code Phi^{-1}(p)} for {@code p} in (0, 1). */
  static double of(double p) {
    if (!(p > 0.0 && p < 1.0)) {
      throw new IllegalArgumentException("normal quantile: p must be in (0, 1), got " + p);
    }
    return NormalCdf.quantile(p);
  }
}
