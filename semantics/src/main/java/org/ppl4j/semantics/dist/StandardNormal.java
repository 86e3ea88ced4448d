package org.ppl4j.semantics.dist;

import org.apache.commons.math3.special.Erf;
import org.ppl4j.semantics.math.SpecialFunctions;

/**
 * The standard normal cdf {@code Phi}, its logarithm and its inverse, accurate in both tails:
 * {@code log Phi(z)} for {@code z < -5} is {@code log phi(z) + log R(-z)} with Mills' ratio
 * {@code R(t) = (1 - Phi(t)) / phi(t)} from its continued fraction
 * {@code 1 / (t + 1 / (t + 2 / (t + 3 / (t + ...))))} (Abramowitz and Stegun 26.2.14), so that
 * it stays finite where {@code Phi} underflows (e.g. {@code log Phi(-40) = -804.608...});
 * elsewhere {@code Phi(z) = erfc(-z / sqrt 2) / 2} (Commons Math). The quantile refines a
 * starting point by Newton steps on {@code log Phi}.
 */
public final class StandardNormal {
  private StandardNormal() {}

  private static final double SQRT2 = Math.sqrt(2.0);
  private static final double TAIL = -5.0;

  /** {@code Phi(z)}. */
  public static double cdf(double z) {
    if (Double.isNaN(z)) {
      return Double.NaN;
    }
    return z < TAIL ? Math.exp(logCdf(z)) : 0.5 * Erf.erfc(-z / SQRT2);
  }

  /** {@code log Phi(z)}, finite for every finite {@code z}. */
  public static double logCdf(double z) {
    if (Double.isNaN(z)) {
      return Double.NaN;
    }
    if (z == Double.NEGATIVE_INFINITY) {
      return Double.NEGATIVE_INFINITY;
    }
    if (z < TAIL) {
      double t = -z;
      return -0.5 * t * t - SpecialFunctions.LOG_SQRT_2PI + Math.log(millsRatio(t));
    }
    if (z > -TAIL) {
      return Math.log1p(-0.5 * Erf.erfc(z / SQRT2));
    }
    return Math.log(0.5 * Erf.erfc(-z / SQRT2));
  }

  /** {@code log(1 - Phi(z)) = log Phi(-z)}. */
  public static double logCcdf(double z) {
    return logCdf(-z);
  }

  /** {@code (1 - Phi(t)) / phi(t)} for {@code t >= 5} by the continued fraction, backwards. */
  private static double millsRatio(double t) {
    double f = t;
    for (int k = 120; k >= 1; k--) {
      f = t + k / f;
    }
    return 1.0 / f;
  }

  /**
   * {@code Phi^{-1}(p)} for {@code p} in [0, 1]: {@code -inf} at 0, {@code inf} at 1.
   */
  public static double quantile(double p) {
    if (Double.isNaN(p) || p < 0 || p > 1) {
      return Double.NaN;
    }
    if (p == 0) {
      return Double.NEGATIVE_INFINITY;
    }
    if (p == 1) {
      return Double.POSITIVE_INFINITY;
    }
    if (p > 0.5) {
      return -quantileLower(1 - p, Math.log1p(-p));
    }
    return quantileLower(p, Math.log(p));
  }

  /** The quantile of {@code p <= 0.5} (with {@code logP = log p}). */
  private static double quantileLower(double p, double logP) {
    double x;
    if (p > 1e-10) {
      x = SQRT2 * Erf.erfInv(2 * p - 1);
    } else {
      double l = -2 * logP;
      x = -Math.sqrt(l - Math.log(l) - Math.log(2 * Math.PI));
    }
    for (int i = 0; i < 50; i++) {
      double logF = logCdf(x);
      double logPdf = -0.5 * x * x - SpecialFunctions.LOG_SQRT_2PI;
      // d log Phi / dx = phi / Phi
      double step = (logF - logP) / Math.exp(logPdf - logF);
      x -= step;
      if (Math.abs(step) <= 1e-15 * Math.max(1.0, Math.abs(x))) {
        break;
      }
    }
    return x;
  }
}
