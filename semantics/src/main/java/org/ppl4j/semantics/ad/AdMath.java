package org.ppl4j.semantics.ad;

import org.apache.commons.math3.special.Gamma;

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
    double e = Math.exp(x.value());
    return x.tape().unary(e, x, e);
  }

  /** The natural logarithm, {@code x > 0}. */
  public static AdReal log(AdReal x) {
    return x.tape().unary(Math.log(x.value()), x, 1.0 / x.value());
  }

  /** {@code log(1 + x)}, {@code x > -1}. */
  public static AdReal log1p(AdReal x) {
    return x.tape().unary(Math.log1p(x.value()), x, 1.0 / (1.0 + x.value()));
  }

  /** {@code log(1 - x)}, {@code x < 1}. */
  public static AdReal log1m(AdReal x) {
    return x.tape().unary(Math.log1p(-x.value()), x, -1.0 / (1.0 - x.value()));
  }

  /** {@code e^x - 1}. */
  public static AdReal expm1(AdReal x) {
    return x.tape().unary(Math.expm1(x.value()), x, Math.exp(x.value()));
  }

  /** The square root, {@code x >= 0}. */
  public static AdReal sqrt(AdReal x) {
    double s = Math.sqrt(x.value());
    return x.tape().unary(s, x, 0.5 / s);
  }

  /** {@code |x|}. */
  public static AdReal abs(AdReal x) {
    double v = x.value();
    return x.tape().unary(Math.abs(v), x, v > 0 ? 1.0 : v < 0 ? -1.0 : 0.0);
  }

  /** {@code x^y}. */
  public static AdReal pow(AdReal x, AdReal y) {
    double p = Math.pow(x.value(), y.value());
    double dx = y.value() == 0.0 ? 0.0 : y.value() * Math.pow(x.value(), y.value() - 1.0);
    double dy = x.value() > 0 ? p * Math.log(x.value()) : 0.0;
    return (x.isConstant() ? y.tape() : x.tape()).binary(p, x, dx, y, dy);
  }

  /** {@code x^y} with a constant exponent. */
  public static AdReal pow(AdReal x, double y) {
    return pow(x, AdReal.constant(y));
  }

  /** The sine. */
  public static AdReal sin(AdReal x) {
    return x.tape().unary(Math.sin(x.value()), x, Math.cos(x.value()));
  }

  /** The cosine. */
  public static AdReal cos(AdReal x) {
    return x.tape().unary(Math.cos(x.value()), x, -Math.sin(x.value()));
  }

  /** The hyperbolic tangent. */
  public static AdReal tanh(AdReal x) {
    double t = Math.tanh(x.value());
    return x.tape().unary(t, x, 1.0 - t * t);
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
    double s = logistic(x.value());
    return x.tape().unary(s, x, s * (1.0 - s));
  }

  /** {@code log(1 / (1 + e^-x))}, stable for large |x|. */
  public static AdReal logLogistic(AdReal x) {
    double v = x.value();
    double value = v > 0 ? -Math.log1p(Math.exp(-v)) : v - Math.log1p(Math.exp(v));
    return x.tape().unary(value, x, 1.0 - logistic(v));
  }

  /** {@code log(1 + e^x)}, stable for large |x|. */
  public static AdReal log1pExp(AdReal x) {
    double v = x.value();
    double value = v > 0 ? v + Math.log1p(Math.exp(-v)) : Math.log1p(Math.exp(v));
    return x.tape().unary(value, x, logistic(v));
  }

  /** The log-odds {@code log(p / (1 - p))}, {@code 0 < p < 1}. */
  public static AdReal logit(AdReal p) {
    double v = p.value();
    return p.tape().unary(Math.log(v / (1.0 - v)), p, 1.0 / (v * (1.0 - v)));
  }

  /** The log of the gamma function, {@code x > 0}; derivative digamma(x). */
  public static AdReal lgamma(AdReal x) {
    double v = x.value();
    double d = x.isConstant() ? 0.0 : Gamma.digamma(v);
    return x.tape().unary(Gamma.logGamma(v), x, d);
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
    double max = Double.NEGATIVE_INFINITY;
    for (AdReal x : xs) {
      max = Math.max(max, x.value());
    }
    if (max == Double.NEGATIVE_INFINITY || max == Double.POSITIVE_INFINITY) {
      return AdReal.constant(max);
    }
    double total = 0.0;
    double[] weights = new double[xs.length];
    for (int i = 0; i < xs.length; i++) {
      weights[i] = Math.exp(xs[i].value() - max);
      total += weights[i];
    }
    for (int i = 0; i < xs.length; i++) {
      weights[i] /= total;
    }
    return Tape.nary(max + Math.log(total), xs, weights);
  }

  /** The sum of the elements (0 for an empty array). */
  public static AdReal sum(AdReal[] xs) {
    double total = 0.0;
    double[] ones = new double[xs.length];
    for (int i = 0; i < xs.length; i++) {
      total += xs[i].value();
      ones[i] = 1.0;
    }
    return Tape.nary(total, xs, ones);
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

  /** {@code sum_i xs[i] * ys[i]}, arrays of equal length. */
  public static AdReal dot(AdReal[] xs, AdReal[] ys) {
    requireSameLength("dot", xs.length, ys.length);
    AdReal[] args = new AdReal[2 * xs.length];
    double[] d = new double[2 * xs.length];
    double total = 0.0;
    for (int i = 0; i < xs.length; i++) {
      total += xs[i].value() * ys[i].value();
      args[2 * i] = xs[i];
      d[2 * i] = ys[i].value();
      args[2 * i + 1] = ys[i];
      d[2 * i + 1] = xs[i].value();
    }
    return Tape.nary(total, args, d);
  }

  /** {@code sum_i xs[i] * c[i]} with constant weights, one tape node. */
  public static AdReal dot(AdReal[] xs, double[] c) {
    requireSameLength("dot", xs.length, c.length);
    double total = 0.0;
    for (int i = 0; i < xs.length; i++) {
      total += xs[i].value() * c[i];
    }
    return Tape.nary(total, xs, c);
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
