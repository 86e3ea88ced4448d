package org.ppl4j.semantics.ad;

import org.ppl4j.semantics.math.Num;
import org.ppl4j.semantics.math.SaddlePoint;
import org.ppl4j.semantics.math.SpecialFunctions;

/**
 * {@link Num} on {@link AdReal} numbers: each operation computes its value exactly as
 * {@link org.ppl4j.semantics.math.DoubleNum} does and records its partial derivatives on the
 * operands' tape, so a log density written once over {@link Num} gives, on these numbers, the
 * same value and its reverse-mode gradient.
 */
public final class AdNum implements Num<AdReal> {
  /** The one instance. */
  public static final AdNum INSTANCE = new AdNum();

  private AdNum() {}

  @Override
  public AdReal constant(double c) {
    return AdReal.constant(c);
  }

  @Override
  public double value(AdReal x) {
    return x.value();
  }

  @Override
  public AdReal add(AdReal a, AdReal b) {
    return a.plus(b);
  }

  @Override
  public AdReal sub(AdReal a, AdReal b) {
    return a.minus(b);
  }

  @Override
  public AdReal mul(AdReal a, AdReal b) {
    return a.times(b);
  }

  @Override
  public AdReal div(AdReal a, AdReal b) {
    return a.div(b);
  }

  @Override
  public AdReal neg(AdReal a) {
    return a.negate();
  }

  @Override
  public AdReal plus(AdReal a, double c) {
    return a.plus(c);
  }

  @Override
  public AdReal times(AdReal a, double c) {
    return a.times(c);
  }

  @Override
  public AdReal over(AdReal a, double c) {
    return a.div(c);
  }

  @Override
  public AdReal minusFrom(double c, AdReal a) {
    return a.subtractedFrom(c);
  }

  @Override
  public AdReal log(AdReal x) {
    return AdMath.log(x);
  }

  @Override
  public AdReal log1p(AdReal x) {
    return AdMath.log1p(x);
  }

  @Override
  public AdReal exp(AdReal x) {
    return AdMath.exp(x);
  }

  @Override
  public AdReal sqrt(AdReal x) {
    return AdMath.sqrt(x);
  }

  @Override
  public AdReal abs(AdReal x) {
    return AdMath.abs(x);
  }

  /** Derivative {@link SpecialFunctions#digamma}. */
  @Override
  public AdReal lgamma(AdReal x) {
    double v = x.value();
    return x.tape().unary(SpecialFunctions.lgamma(v), x,
        x.isConstant() ? 0.0 : SpecialFunctions.digamma(v));
  }

  /** Partials {@code digamma(a) - digamma(a + b)} and {@code digamma(b) - digamma(a + b)}. */
  @Override
  public AdReal logBeta(AdReal a, AdReal b) {
    double value = SpecialFunctions.logBeta(a.value(), b.value());
    if (a.isConstant() && b.isConstant()) {
      return AdReal.constant(value);
    }
    double both = SpecialFunctions.digamma(a.value() + b.value());
    double da = a.isConstant() ? 0.0 : SpecialFunctions.digamma(a.value()) - both;
    double db = b.isConstant() ? 0.0 : SpecialFunctions.digamma(b.value()) - both;
    return Tape.nary(value, new AdReal[] {a, b}, new double[] {da, db});
  }

  /** Derivative {@code 2z / (1 + z^2) = 2 / (z + 1/z)} (no overflow for large z). */
  @Override
  public AdReal log1pSquared(AdReal z) {
    double v = z.value();
    return z.tape().unary(SpecialFunctions.log1pSquared(v), z, v == 0 ? 0.0 : 2 / (v + 1 / v));
  }

  /** Derivative {@code x / (1 + y)}. */
  @Override
  public AdReal xLog1pY(double x, AdReal y) {
    double v = y.value();
    return y.tape().unary(SpecialFunctions.xLog1pY(x, v), y, x == 0 ? 0.0 : x / (1 + v));
  }

  /** Derivative {@code k / rate - 1}. */
  @Override
  public AdReal logPoisson(double k, AdReal rate) {
    double v = rate.value();
    return rate.tape().unary(SaddlePoint.logPoisson(k, v), rate, (k == 0 ? 0.0 : k / v) - 1);
  }

  /** Derivative {@code k / p - (n - k) / (1 - p)} (a term with count 0 contributes 0). */
  @Override
  public AdReal logBinomial(double k, double n, AdReal p) {
    double v = p.value();
    double d = (k == 0 ? 0.0 : k / v) - (n - k == 0 ? 0.0 : (n - k) / (1 - v));
    return p.tape().unary(SaddlePoint.logBinomial(k, n, v), p, d);
  }

  @Override
  public AdReal partials(double value, AdReal a, double da, AdReal b, double db, AdReal c,
      double dc) {
    return Tape.nary(value, new AdReal[] {a, b, c}, new double[] {da, db, dc});
  }
}
