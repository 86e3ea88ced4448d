package org.ppl4j.semantics.math;

import org.apache.commons.math3.special.Erf;

/**
 * The error function and the standard normal distribution function with their derivatives and
 * inverse: {@code erf}, {@code erfc}, the density {@code phi}, the cdf {@code Phi} and the
 * quantile {@code Phi_inv} (LANGUAGE.md §9.1), shared by the language's builtins and the
 * normal family's cdfs.
 *
 * <p>{@code erf} and {@code erfc} are Apache Commons Math's (regularized incomplete gamma
 * functions, {@code erfc(x) = Q(1/2, x^2)} for {@code x >= 0}), so {@code erfc} and the lower
 * tail of {@code Phi} keep their relative accuracy far into the tails instead of cancelling
 * against 1. The quantile starts from Acklam's rational approximation (relative error below
 * 1.2e-9) and takes one Halley step on {@code Phi(x) - p} (Acklam's refinement), which brings
 * it to the accuracy of {@code erfc} (relative error about 1e-15; in the far tails about
 * {@code x^2} eps, the rounding of the exponent of {@code e^{-x^2/2}}); the upper half uses the symmetry {@code Phi_inv(p) = -Phi_inv(1 - p)}
 * ({@code 1 - p} is exact there).
 */
public final class NormalCdf {
  /** {@code sqrt(2)}. */
  public static final double SQRT2 = 1.4142135623730951;
  /** {@code 1 / sqrt(2 pi)}. */
  public static final double INV_SQRT_2PI = 0.3989422804014327;
  /** {@code 2 / sqrt(pi)}. */
  public static final double TWO_OVER_SQRT_PI = 1.1283791670955126;

  private static final double[] A = {-3.969683028665376e+01, 2.209460984245205e+02,
      -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01,
      2.506628277459239e+00};
  private static final double[] B = {-5.447609879822406e+01, 1.615858368580409e+02,
      -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01};
  private static final double[] C = {-7.784894002430293e-03, -3.223964580411365e-01,
      -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00,
      2.938163982698783e+00};
  private static final double[] D = {7.784695709041462e-03, 3.224671290700398e-01,
      2.445134137142996e+00, 3.754408661907416e+00};
  private static final double LOW = 0.02425;

  private NormalCdf() {}

  /** The error function {@code erf(x) = 2/sqrt(pi) int_0^x e^{-t^2} dt}. */
  public static double erf(double x) {
    return Erf.erf(x);
  }

  /** The complementary error function {@code 1 - erf(x)}, accurate for large {@code x}. */
  public static double erfc(double x) {
    return Erf.erfc(x);
  }

  /** The derivative of {@code erf}: {@code 2/sqrt(pi) e^{-x^2}} (that of {@code erfc} negated). */
  public static double erfDerivative(double x) {
    return TWO_OVER_SQRT_PI * Math.exp(-x * x);
  }

  /** The standard normal density {@code phi(x) = e^{-x^2/2} / sqrt(2 pi)}. */
  public static double density(double x) {
    return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
  }

  /** The standard normal cdf {@code Phi(x) = erfc(-x / sqrt 2) / 2}; derivative {@link #density}. */
  public static double cdf(double x) {
    return 0.5 * Erf.erfc(-x / SQRT2);
  }

  /**
   * {@code log Phi(x)}, finite for every finite {@code x}: below -5 by Mills' ratio (its
   * continued fraction, evaluated backwards), above 5 as {@code log1p(-Phi(-x))}.
   */
  public static double logCdf(double x) {
    if (Double.isNaN(x)) {
      return Double.NaN;
    }
    if (x == Double.NEGATIVE_INFINITY) {
      return Double.NEGATIVE_INFINITY;
    }
    if (x < -5.0) {
      double t = -x;
      return -0.5 * t * t - SpecialFunctions.LOG_SQRT_2PI + Math.log(millsRatio(t));
    }
    if (x > 5.0) {
      return Math.log1p(-0.5 * Erf.erfc(x / SQRT2));
    }
    return Math.log(0.5 * Erf.erfc(-x / SQRT2));
  }

  /** {@code log(1 - Phi(x)) = log Phi(-x)}. */
  public static double logCcdf(double x) {
    return logCdf(-x);
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
   * The standard normal quantile {@code Phi^{-1}(p)}; derivative {@code 1 / phi(Phi^{-1}(p))}.
   *
   * @param p a probability in [0, 1]; {@code -inf} at 0 and {@code inf} at 1
   * @throws IllegalArgumentException if {@code p} is outside [0, 1] or NaN
   */
  public static double quantile(double p) {
    if (!(p >= 0.0 && p <= 1.0)) {
      throw new IllegalArgumentException("expects a probability in [0, 1], got " + p);
    }
    if (p == 0.0) {
      return Double.NEGATIVE_INFINITY;
    }
    if (p == 1.0) {
      return Double.POSITIVE_INFINITY;
    }
    if (p > 0.5) {
      return -lowerQuantile(1.0 - p);
    }
    return lowerQuantile(p);
  }

  /** The quantile for {@code 0 < p <= 1/2}: Acklam's approximation and one Halley step. */
  private static double lowerQuantile(double p) {
    double x;
    if (p < LOW) {
      double q = Math.sqrt(-2.0 * Math.log(p));
      x = (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
          / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1.0);
    } else {
      double q = p - 0.5;
      double r = q * q;
      x = (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
          / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1.0);
    }
    double u = (cdf(x) - p) / density(x);
    if (Double.isFinite(u)) {
      x -= u / (1.0 + 0.5 * x * u);
    }
    return x;
  }
}
