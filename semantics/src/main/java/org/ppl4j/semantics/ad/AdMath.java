package org.ppl4j.semantics.ad;

/**
 * The math builtins of the language (LANGUAGE.md §6) on {@link AdReal} numbers, each with its
 * exact derivative. Piecewise-constant functions ({@code floor}, {@code ceil}, {@code round})
 * have derivative 0 and return constants; {@code abs}, {@code min} and {@code max} take the
 * derivative of the active branch (the subgradient 0 of {@code abs} at 0, as Stan).
 */
public final class AdMath {
  private AdMath() {}

  /** {@code e^x}. */
  public static AdReal exp(AdReal x) {
    return Tape.apply(Elementary.EXP, 0.0, x);
  }

  /** The natural logarithm, {@code x > 0}. */
  public static AdReal log(AdReal x) {
    return Tape.apply(Elementary.LOG, 0.0, x);
  }

  /** {@code log(1 + x)}, {@code x > -1}. */
  public static AdReal log1p(AdReal x) {
    return Tape.apply(Elementary.LOG1P, 0.0, x);
  }

  /** {@code log(1 - x)}, {@code x < 1}. */
  public static AdReal log1m(AdReal x) {
    return Tape.apply(Elementary.LOG1M, 0.0, x);
  }

  /** {@code e^x - 1}. */
  public static AdReal expm1(AdReal x) {
    return Tape.apply(Elementary.EXPM1, 0.0, x);
  }

  /** The square root, {@code x >= 0}. */
  public static AdReal sqrt(AdReal x) {
    return Tape.apply(Elementary.SQRT, 0.0, x);
  }

  /** {@code |x|}. */
  public static AdReal abs(AdReal x) {
    return Tape.apply(Elementary.ABS, 0.0, x);
  }

  /** {@code x^y}. */
  public static AdReal pow(AdReal x, AdReal y) {
    if (x.isConstant()) {
      return Tape.apply(Elementary.C_POW, x.peek(), y);
    }
    if (y.isConstant()) {
      return pow(x, y.peek());
    }
    return Tape.apply(Elementary.POW, x, y);
  }

  /** {@code x^y} with a constant exponent. */
  public static AdReal pow(AdReal x, double y) {
    return Tape.apply(Elementary.POW_C, y, x);
  }

  /** The sine. */
  public static AdReal sin(AdReal x) {
    return Tape.apply(Elementary.SIN, 0.0, x);
  }

  /** The cosine. */
  public static AdReal cos(AdReal x) {
    return Tape.apply(Elementary.COS, 0.0, x);
  }

  /** The hyperbolic tangent. */
  public static AdReal tanh(AdReal x) {
    return Tape.apply(Elementary.TANH, 0.0, x);
  }

  /** The largest integer {@code <= x}, a constant. */
  public static AdReal floor(AdReal x) {
    return AdReal.constant(Math.floor(x.value()));
  }

  /** The smallest integer {@code >= x}, a constant. */
  public static AdReal ceil(AdReal x) {
    return AdReal.constant(Math.ceil(x.value()));
  }

  /** The nearest integer (halves away from zero), a constant. */
  public static AdReal round(AdReal x) {
    double v = x.value();
    return AdReal.constant(Math.signum(v) * Math.floor(Math.abs(v) + 0.5));
  }

  /** The smaller of the two (the first on ties). */
  public static AdReal min(AdReal a, AdReal b) {
    return b.value() < a.value() ? b : a;
  }

  /** The larger of the two (the first on ties). */
  public static AdReal max(AdReal a, AdReal b) {
    return b.value() > a.value() ? b : a;
  }

  /** The logistic sigmoid {@code 1 / (1 + e^-x)}. */
  public static AdReal logistic(AdReal x) {
    return Tape.apply(Elementary.LOGISTIC, 0.0, x);
  }

  /** {@code log(1 / (1 + e^-x))}, stable for large |x|. */
  public static AdReal logLogistic(AdReal x) {
    return Tape.apply(Elementary.LOG_LOGISTIC, 0.0, x);
  }

  /** {@code log(1 + e^x)}, stable for large |x|. */
  public static AdReal log1pExp(AdReal x) {
    return Tape.apply(Elementary.LOG1P_EXP, 0.0, x);
  }

  /** The log-odds {@code log(p / (1 - p))}, {@code 0 < p < 1}. */
  public static AdReal logit(AdReal p) {
    return Tape.apply(Elementary.LOGIT, 0.0, p);
  }

  /** The log of the gamma function, {@code x > 0}; derivative digamma(x). */
  public static AdReal lgamma(AdReal x) {
    return Tape.apply(Elementary.LGAMMA, 0.0, x);
  }

  /** The log of the beta function, {@code a, b > 0}. */
  public static AdReal lbeta(AdReal a, AdReal b) {
    return lgamma(a).plus(lgamma(b)).minus(lgamma(a.plus(b)));
  }

  /** {@code log(e^a + e^b)}, without overflow. */
  public static AdReal logSumExp(AdReal a, AdReal b) {
    return logSumExp(new AdReal[] {a, b});
  }

  /** {@code log(sum_i e^{x_i})}, without overflow; {@code -inf} for an empty array. */
  public static AdReal logSumExp(AdReal[] xs) {
    return Tape.apply(Elementary.LOG_SUM_EXP, 0.0, xs);
  }

  /** The sum of the elements (0 for an empty array). */
  public static AdReal sum(AdReal[] xs) {
    return Tape.apply(Elementary.SUM, 0.0, xs);
  }

  /** The arithmetic mean, {@code xs} non-empty. */
  public static AdReal mean(AdReal[] xs) {
    if (xs.length == 0) {
      throw new IllegalArgumentException("mean: empty array");
    }
    return sum(xs).div(xs.length);
  }

  /** The product of the elements (1 for an empty array). */
  public static AdReal product(AdReal[] xs) {
    AdReal p = AdReal.ONE;
    for (AdReal x : xs) {
      p = p.times(x);
    }
    return p;
  }

  /**
   * {@code sum_i xs[i] * ys[i]}, arrays of equal length; when one side is all constants (a data
   * row), one affine node with those weights.
   */
  public static AdReal dot(AdReal[] xs, AdReal[] ys) {
    requireSameLength("dot", xs.length, ys.length);
    if (allConstant(xs)) {
      return dot(ys, peek(xs));
    }
    if (allConstant(ys)) {
      return dot(xs, peek(ys));
    }
    AdReal[] pairs = new AdReal[2 * xs.length];
    for (int i = 0; i < xs.length; i++) {
      pairs[2 * i] = xs[i];
      pairs[2 * i + 1] = ys[i];
    }
    return Tape.apply(Elementary.DOT, 0.0, pairs);
  }

  /** {@code sum_i xs[i] * c[i]} with constant weights, one tape node. */
  public static AdReal dot(AdReal[] xs, double[] c) {
    requireSameLength("dot", xs.length, c.length);
    double[] weights = c.clone();
    return Tape.apply(new Affine(0.0, c.clone()), 0.0, xs);
  }

  private static boolean allConstant(AdReal[] xs) {
    for (AdReal x : xs) {
      if (!x.isConstant()) {
        return false;
      }
    }
    return true;
  }

  private static double[] peek(AdReal[] constants) {
    double[] out = new double[constants.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = constants[i].peek();
    }
    return out;
  }

  /** The logistic sigmoid of a double. */
  public static double logistic(double x) {
    return x >= 0 ? 1.0 / (1.0 + Math.exp(-x)) : Math.exp(x) / (1.0 + Math.exp(x));
  }

  private static void requireSameLength(String what, int n, int m) {
    if (n != m) {
      throw new IllegalArgumentException(what + ": arrays differ in length: " + n + " vs " + m);
    }
  }
}
