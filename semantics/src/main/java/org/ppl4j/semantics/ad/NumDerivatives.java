package org.ppl4j.semantics.ad;

import org.ppl4j.semantics.math.SpecialFunctions;

/**
 * The derivatives of the special functions of {@link org.ppl4j.semantics.math.Num}, written once
 * for its two differentiating implementations ({@link AdNum}, reverse mode; {@link TangentNum},
 * forward mode). Each is the textbook derivative (Abramowitz and Stegun 6.3.1 for digamma).
 */
final class NumDerivatives {
  private NumDerivatives() {}

  /** {@code d/da log B(a, b) = psi(a) - psi(a + b)}. */
  static double logBetaFirst(double a, double b) {
    return SpecialFunctions.digamma(a) - SpecialFunctions.digamma(a + b);
  }

  /** {@code d/dz log(1 + z^2) = 2z / (1 + z^2) = 2 / (z + 1/z)} (no overflow for large z). */
  static double log1pSquared(double z) {
    return z == 0 ? 0.0 : 2 / (z + 1 / z);
  }

  /** {@code d/dy x log(1 + y) = x / (1 + y)}, 0 when {@code x == 0}. */
  static double xLog1pY(double x, double y) {
    return x == 0 ? 0.0 : x / (1 + y);
  }

  /** {@code d/drate} of the Poisson log mass at {@code k}: {@code k / rate - 1}. */
  static double logPoisson(double k, double rate) {
    return (k == 0 ? 0.0 : k / rate) - 1;
  }

  /** {@code d/dp} of the binomial log mass: {@code k/p - (n-k)/(1-p)}, a zero count adds 0. */
  static double logBinomial(double k, double n, double p) {
    return (k == 0 ? 0.0 : k / p) - (n - k == 0 ? 0.0 : (n - k) / (1 - p));
  }


}
