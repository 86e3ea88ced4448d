package org.ppl4j.semantics.math;

/**
 * {@link Num} on plain {@code double}s (boxed as {@link Double} by the generic signature; a
 * density inlined into its caller lets the JIT's escape analysis remove the boxes). Each
 * operation is exactly the {@code double} expression it names.
 */
public final class DoubleNum implements Num<Double> {
  /** The one instance. */
  public static final DoubleNum INSTANCE = new DoubleNum();

  private DoubleNum() {}

  /** {@code xs} boxed, for the array arguments of a density over {@link Num}. */
  public static Double[] box(double[] xs) {
    Double[] out = new Double[xs.length];
    for (int i = 0; i < xs.length; i++) {
      out[i] = xs[i];
    }
    return out;
  }

  @Override
  public Double constant(double c) {
    return c;
  }

  @Override
  public double value(Double x) {
    return x;
  }

  @Override
  public Double add(Double a, Double b) {
    return a + b;
  }

  @Override
  public Double sub(Double a, Double b) {
    return a - b;
  }

  @Override
  public Double mul(Double a, Double b) {
    return a * b;
  }

  @Override
  public Double div(Double a, Double b) {
    return a / b;
  }

  @Override
  public Double neg(Double a) {
    return -a;
  }

  @Override
  public Double plus(Double a, double c) {
    return a + c;
  }

  @Override
  public Double times(Double a, double c) {
    return a * c;
  }

  @Override
  public Double over(Double a, double c) {
    return a / c;
  }

  @Override
  public Double minusFrom(double c, Double a) {
    return c - a;
  }

  @Override
  public Double log(Double x) {
    return Math.log(x);
  }

  @Override
  public Double log1p(Double x) {
    return Math.log1p(x);
  }

  @Override
  public Double exp(Double x) {
    return Math.exp(x);
  }

  @Override
  public Double sqrt(Double x) {
    return Math.sqrt(x);
  }

  @Override
  public Double abs(Double x) {
    return Math.abs(x);
  }

  @Override
  public Double lgamma(Double x) {
    return SpecialFunctions.lgamma(x);
  }

  @Override
  public Double logBeta(Double a, Double b) {
    return SpecialFunctions.logBeta(a, b);
  }

  @Override
  public Double log1pSquared(Double z) {
    return SpecialFunctions.log1pSquared(z);
  }

  @Override
  public Double xLog1pY(double x, Double y) {
    return SpecialFunctions.xLog1pY(x, y);
  }

  @Override
  public Double logPoisson(double k, Double rate) {
    return SaddlePoint.logPoisson(k, rate);
  }

  @Override
  public Double logBinomial(double k, double n, Double p) {
    return SaddlePoint.logBinomial(k, n, p);
  }

  @Override
  public Double partials(double value, Double a, double da, Double b, double db, Double c,
      double dc) {
    return value;
  }
}
