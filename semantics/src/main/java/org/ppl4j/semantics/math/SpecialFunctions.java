package org.ppl4j.semantics.math;

/**
 * Special functions of probability, implemented here (the test suite checks them against
 * Apache Commons Math as an independent reference).
 *
 * <p>{@link #lgamma} follows the classical plan: the Stirling series for {@code x >= 10},
 * the Taylor series of {@code log Gamma} about 2 (coefficients {@code (-1)^k (zeta(k) - 1) / k},
 * Abramowitz and Stegun 6.1.33) on [1.5, 2.5], and the recurrence {@code Gamma(x + 1) = x
 * Gamma(x)} in between, so that the relative error stays near machine precision also around
 * the zeros at 1 and 2. Negative arguments use the reflection formula.
 */
public final class SpecialFunctions {
  /** {@code log(2 pi) / 2}. */
  public static final double LOG_SQRT_2PI = 0.91893853320467274178;
  /** The Euler–Mascheroni constant. */
  public static final double EULER_GAMMA = 0.57721566490153286061;

  private static final double STIRLING_THRESHOLD = 10;
  /** Integer arguments of {@link #logChoose} up to this use exact integer arithmetic. */
  private static final int EXACT_CHOOSE_LIMIT = 60;
  /** B_{2k} / (2k (2k - 1)) for k = 1..8: the Stirling series of log Gamma. */
  private static final double[] STIRLING = {
    1.0 / 12, -1.0 / 360, 1.0 / 1260, -1.0 / 1680, 1.0 / 1188, -691.0 / 360360, 1.0 / 156,
    -3617.0 / 122400
  };
  /** B_{2k} / (2k) for k = 1..7: the asymptotic series of digamma. */
  private static final double[] DIGAMMA_ASYMPTOTIC = {
    1.0 / 12, -1.0 / 120, 1.0 / 252, -1.0 / 240, 1.0 / 132, -691.0 / 32760, 1.0 / 12
  };
  /** (-1)^k (zeta(k) - 1) / k for k = 2..TAYLOR_TERMS+1: Taylor series of lgamma about 2. */
  private static final double[] TAYLOR_ABOUT_2 = taylorAbout2(40);

  private SpecialFunctions() {}

  /**
   * The logarithm of the absolute value of the gamma function.
   *
   * @param x any real; {@code +inf} at the non-positive integers
   * @return {@code log |Gamma(x)|}; relative error about 1e-15 for {@code x > 0}
   */
  public static double lgamma(double x) {
    if (Double.isNaN(x)) {
      return Double.NaN;
    }
    if (x <= 0) {
      if (x == Math.floor(x)) {
        return Double.POSITIVE_INFINITY;
      }
      // Reflection: Gamma(x) Gamma(1 - x) = pi / sin(pi x).
      return Math.log(Math.PI / Math.abs(sinPi(x))) - lgamma(1 - x);
    }
    if (x >= STIRLING_THRESHOLD) {
      return (x - 0.5) * Math.log(x) - x + LOG_SQRT_2PI + stirlingCorrection(x);
    }
    if (x < 0.5) {
      return lgamma(x + 1) - Math.log(x);
    }
    if (x < 1.5) {
      double z = x - 1;
      return taylorAbout2(z) - Math.log1p(z);
    }
    if (x <= 2.5) {
      return taylorAbout2(x - 2);
    }
    double product = 1;
    double y = x;
    while (y > 2.5) {
      y -= 1;
      product *= y;
    }
    return taylorAbout2(y - 2) + Math.log(product);
  }

  /**
   * The Stirling remainder {@code lgamma(x) - ((x - 1/2) log x - x + log sqrt(2 pi))}.
   *
   * @param x argument, {@code >= 10}
   */
  public static double stirlingCorrection(double x) {
    double inverse = 1 / x;
    double inverseSquared = inverse * inverse;
    double sum = 0;
    for (int k = STIRLING.length - 1; k >= 0; k--) {
      sum = sum * inverseSquared + STIRLING[k];
    }
    return sum * inverse;
  }

  /** lgamma(2 + z) for |z| <= 0.5 by its Taylor series. */
  private static double taylorAbout2(double z) {
    double sum = 0;
    for (int k = TAYLOR_ABOUT_2.length - 1; k >= 0; k--) {
      sum = sum * z + TAYLOR_ABOUT_2[k];
    }
    return z * ((1 - EULER_GAMMA) + z * sum);
  }

  private static double[] taylorAbout2(int terms) {
    double[] coefficients = new double[terms];
    for (int i = 0; i < terms; i++) {
      int k = i + 2;
      coefficients[i] = ((k % 2 == 0) ? 1 : -1) * ZetaMinusOne.of(k) / k;
    }
    return coefficients;
  }

  /** sin(pi x), exact at the integers. */
  private static double sinPi(double x) {
    double reduced = x - 2 * Math.floor(x / 2);
    return Math.sin(Math.PI * reduced);
  }

  /**
   * The digamma function {@code psi = d/dx log Gamma}.
   *
   * @param x any real; NaN at the non-positive integers
   */
  public static double digamma(double x) {
    if (Double.isNaN(x) || x == Double.NEGATIVE_INFINITY) {
      return Double.NaN;
    }
    if (x <= 0) {
      if (x == Math.floor(x)) {
        return Double.NaN;
      }
      // Reflection: psi(1 - x) - psi(x) = pi cot(pi x).
      return digamma(1 - x) - Math.PI / Math.tan(Math.PI * (x - Math.floor(x)));
    }
    double shift = 0;
    double y = x;
    while (y < STIRLING_THRESHOLD) {
      shift += 1 / y;
      y += 1;
    }
    double inverseSquared = 1 / (y * y);
    double sum = 0;
    for (int k = DIGAMMA_ASYMPTOTIC.length - 1; k >= 0; k--) {
      sum = sum * inverseSquared + DIGAMMA_ASYMPTOTIC[k];
    }
    return Math.log(y) - 0.5 / y - sum * inverseSquared - shift;
  }

  /**
   * The log of the beta function {@code B(a, b) = Gamma(a) Gamma(b) / Gamma(a + b)}.
   * When the larger argument is at least 10 the Stirling forms are subtracted analytically,
   * which avoids the cancellation of {@code lgamma(a) + lgamma(b) - lgamma(a + b)}.
   *
   * @param a first argument, &gt; 0
   * @param b second argument, &gt; 0
   */
  public static double logBeta(double a, double b) {
    if (Double.isNaN(a) || Double.isNaN(b) || a <= 0 || b <= 0) {
      return Double.NaN;
    }
    double p = Math.min(a, b);
    double q = Math.max(a, b);
    if (q < STIRLING_THRESHOLD) {
      return lgamma(p) + lgamma(q) - lgamma(p + q);
    }
    if (q == Double.POSITIVE_INFINITY) {
      return Double.NEGATIVE_INFINITY;
    }
    double correction = stirlingCorrection(q) - stirlingCorrection(p + q);
    if (p >= STIRLING_THRESHOLD) {
      // Both large: Stirling for all three terms.
      return LOG_SQRT_2PI - 0.5 * Math.log(p + q) + (p - 0.5) * Math.log(p / (p + q))
          - (q - 0.5) * Math.log1p(p / q) + stirlingCorrection(p) + correction;
    }
    return lgamma(p) - p * Math.log(p + q) + p - (q - 0.5) * Math.log1p(p / q) + correction;
  }

  /**
   * The log of the binomial coefficient {@code n choose k}: the log of the exact integer
   * for integers {@code n <= 60}, otherwise {@code -log(n + 1) - logBeta(n - k + 1, k + 1)}.
   *
   * @param n total, &gt;= 0
   * @param k chosen, in 0..n (otherwise negative infinity)
   */
  public static double logChoose(double n, double k) {
    if (k < 0 || k > n) {
      return Double.NEGATIVE_INFINITY;
    }
    if (k == 0 || k == n) {
      return 0;
    }
    if (n <= EXACT_CHOOSE_LIMIT && n == Math.rint(n) && k == Math.rint(k)) {
      return Math.log(exactChoose((int) n, (int) Math.min(k, n - k)));
    }
    return -Math.log1p(n) - logBeta(n - k + 1, k + 1);
  }

  /**
   * {@code n choose k} in exact integer arithmetic: every partial product {@code C(n - k + i,
   * i) (n - k + i + 1)} stays below 2^63 for {@code n <= EXACT_CHOOSE_LIMIT}.
   */
  private static long exactChoose(int n, int k) {
    long c = 1;
    for (int i = 1; i <= k; i++) {
      c = c * (n - k + i) / i;
    }
    return c;
  }

  /** {@code log(1 + exp(x))} without overflow or loss of precision. */
  public static double log1pExp(double x) {
    if (x > 0) {
      return x + Math.log1p(Math.exp(-x));
    }
    return Math.log1p(Math.exp(x));
  }

  /**
   * {@code log(sum_i exp(xs[i]))}, stable: the maximum is factored out.
   *
   * @param logTerms the logarithms of the terms; empty gives negative infinity
   */
  public static double logSumExp(double[] logTerms) {
    double max = Double.NEGATIVE_INFINITY;
    for (double x : logTerms) {
      if (Double.isNaN(x)) {
        return Double.NaN;
      }
      max = Math.max(max, x);
    }
    if (Double.isInfinite(max)) {
      return max;
    }
    double sum = 0;
    for (double x : logTerms) {
      sum += Math.exp(x - max);
    }
    return max + Math.log(sum);
  }

  /** {@code log(exp(a) + exp(b))}, stable. */
  public static double logAddExp(double logA, double logB) {
    double max = Math.max(logA, logB);
    if (max == Double.NEGATIVE_INFINITY || max == Double.POSITIVE_INFINITY) {
      return max;
    }
    return max + Math.log1p(Math.exp(-Math.abs(logA - logB)));
  }

  /** The logistic function {@code 1 / (1 + exp(-x))}, without overflow. */
  public static double logistic(double x) {
    if (x >= 0) {
      return 1 / (1 + Math.exp(-x));
    }
    double e = Math.exp(x);
    return e / (1 + e);
  }

  /**
   * The log-odds {@code log(p / (1 - p))}, the inverse of {@link #logistic}.
   *
   * @param p probability in [0, 1]; NaN outside
   */
  public static double logit(double p) {
    if (!(p >= 0 && p <= 1)) {
      return Double.NaN;
    }
    return Math.log(p) - Math.log1p(-p);
  }

  /** {@code log(1 + z^2)}, without overflow for large {@code |z|}. */
  public static double log1pSquared(double z) {
    double abs = Math.abs(z);
    if (abs > 1e8) {
      return 2 * Math.log(abs) + Math.log1p(1 / abs / abs);
    }
    return Math.log1p(z * z);
  }

  /** {@code x log y} with the convention {@code 0 log y = 0} (also for y = 0). */
  public static double xLogY(double x, double y) {
    return x == 0 && !Double.isNaN(y) ? 0 : x * Math.log(y);
  }

  /** {@code x log(1 + y)} with the convention {@code 0 log(1 + y) = 0} (also for y = -1). */
  public static double xLog1pY(double x, double y) {
    return x == 0 && !Double.isNaN(y) ? 0 : x * Math.log1p(y);
  }
}
