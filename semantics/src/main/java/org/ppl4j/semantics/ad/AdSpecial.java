package org.ppl4j.semantics.ad;

import org.ppl4j.semantics.math.NormalCdf;
import org.ppl4j.semantics.math.SpecialFunctions;

/**
 * The scalar builtins of LANGUAGE.md §9.1 on {@link AdReal} numbers, each one tape node with
 * its exact partial derivatives: the error functions and the normal cdf and quantile
 * ({@link NormalCdf}), {@code lbeta}, {@code lchoose} and {@code lfactorial} (derivatives by
 * digamma, {@link SpecialFunctions#digamma}), the inverse trigonometric, hyperbolic and
 * {@code tan} functions and {@code atan2}. Domains are checked by the caller; here the
 * functions are evaluated where they are defined. On constants they record nothing.
 */
public final class AdSpecial {
  private AdSpecial() {}

  /** {@code erf(x)}; derivative {@code 2/sqrt(pi) e^{-x^2}}. */
  public static AdReal erf(AdReal x) {
    return Tape.apply(Elementary.ERF, 0.0, x);
  }

  /** {@code erfc(x) = 1 - erf(x)}; derivative {@code -2/sqrt(pi) e^{-x^2}}. */
  public static AdReal erfc(AdReal x) {
    return Tape.apply(Elementary.ERFC, 0.0, x);
  }

  /** The standard normal cdf {@code Phi(x)}; derivative the density {@code phi(x)}. */
  public static AdReal phi(AdReal x) {
    return Tape.apply(Elementary.PHI, 0.0, x);
  }

  /** The standard normal quantile, {@code p} in [0, 1]; derivative {@code 1 / phi(Phi_inv(p))}. */
  public static AdReal phiInv(AdReal p) {
    return Tape.apply(Elementary.INV_PHI, 0.0, p);
  }

  /**
   * {@code log B(a, b)}, {@code a, b > 0}: partials {@code psi(a) - psi(a + b)} and
   * {@code psi(b) - psi(a + b)}.
   */
  public static AdReal lbeta(AdReal a, AdReal b) {
    double value = SpecialFunctions.logBeta(a.value(), b.value());
    if (a.isConstant() && b.isConstant()) {
      return AdReal.constant(value);
    }
    double both = SpecialFunctions.digamma(a.value() + b.value());
    return Tape.nary(value, new AdReal[] {a, b}, new double[] {
        SpecialFunctions.digamma(a.value()) - both, SpecialFunctions.digamma(b.value()) - both});
  }

  /**
   * {@code log C(n, k) = lgamma(n + 1) - lgamma(k + 1) - lgamma(n - k + 1)}, {@code 0 <= k <= n}:
   * partials {@code psi(n + 1) - psi(n - k + 1)} and {@code psi(n - k + 1) - psi(k + 1)}.
   */
  public static AdReal lchoose(AdReal n, AdReal k) {
    double value = SpecialFunctions.logChoose(n.value(), k.value());
    if (n.isConstant() && k.isConstant()) {
      return AdReal.constant(value);
    }
    double rest = SpecialFunctions.digamma(n.value() - k.value() + 1);
    return Tape.nary(value, new AdReal[] {n, k}, new double[] {
        SpecialFunctions.digamma(n.value() + 1) - rest,
        rest - SpecialFunctions.digamma(k.value() + 1)});
  }

  /** {@code log n! = lgamma(n + 1)}, {@code n >= 0}; derivative {@code psi(n + 1)}. */
  public static AdReal lfactorial(AdReal n) {
    double value = SpecialFunctions.lgamma(n.value() + 1);
    if (n.isConstant()) {
      return AdReal.constant(value);
    }
    return n.tape().unary(value, n, SpecialFunctions.digamma(n.value() + 1));
  }

  /** The tangent; derivative {@code 1 + tan^2}. */
  public static AdReal tan(AdReal x) {
    return Tape.apply(Elementary.TAN, 0.0, x);
  }

  /** The arc sine, {@code |x| <= 1}; derivative {@code 1 / sqrt(1 - x^2)}. */
  public static AdReal asin(AdReal x) {
    return Tape.apply(Elementary.ASIN, 0.0, x);
  }

  /** The arc cosine, {@code |x| <= 1}; derivative {@code -1 / sqrt(1 - x^2)}. */
  public static AdReal acos(AdReal x) {
    return Tape.apply(Elementary.ACOS, 0.0, x);
  }

  /** The arc tangent; derivative {@code 1 / (1 + x^2)}. */
  public static AdReal atan(AdReal x) {
    return Tape.apply(Elementary.ATAN, 0.0, x);
  }

  /** The hyperbolic sine; derivative {@code cosh}. */
  public static AdReal sinh(AdReal x) {
    return Tape.apply(Elementary.SINH, 0.0, x);
  }

  /** The hyperbolic cosine; derivative {@code sinh}. */
  public static AdReal cosh(AdReal x) {
    return Tape.apply(Elementary.COSH, 0.0, x);
  }

  /**
   * The angle of the point {@code (x, y)}, in (-pi, pi]: partials {@code x / (x^2 + y^2)} in
   * {@code y} and {@code -y / (x^2 + y^2)} in {@code x} (0 at the origin, where it has none).
   */
  public static AdReal atan2(AdReal y, AdReal x) {
    double value = Math.atan2(y.value(), x.value());
    if (y.isConstant() && x.isConstant()) {
      return AdReal.constant(value);
    }
    double r2 = x.value() * x.value() + y.value() * y.value();
    double dy = r2 == 0.0 ? 0.0 : x.value() / r2;
    double dx = r2 == 0.0 ? 0.0 : -y.value() / r2;
    return Tape.nary(value, new AdReal[] {y, x}, new double[] {dy, dx});
  }
}
