package org.ppl4j.semantics.math;

/**
 * {@link Num} on plain {@code double}s: a number is the raw bits of its {@code double}
 * ({@link Double#doubleToRawLongBits}, a register move), so a density evaluated here allocates
 * nothing. Each operation is exactly the {@code double} expression it names.
 */
public final class DoubleNum implements Num {
  /** The one instance. */
  public static final DoubleNum INSTANCE = new DoubleNum();

  private DoubleNum() {}

  /** {@code x} as a number of this {@link Num}. */
  public static long num(double x) {
    return Double.doubleToRawLongBits(x);
  }

  /** The {@code double} a number of this {@link Num} holds. */
  public static double real(long x) {
    return Double.longBitsToDouble(x);
  }

  /** {@code xs} as numbers of this {@link Num}, for the array arguments of a density. */
  public static long[] nums(double[] xs) {
    long[] out = new long[xs.length];
    for (int i = 0; i < xs.length; i++) {
      out[i] = num(xs[i]);
    }
    return out;
  }

  @Override
  public long constant(double c) {
    return num(c);
  }

  @Override
  public double value(long x) {
    return real(x);
  }

  @Override
  public long add(long a, long b) {
    return num(real(a) + real(b));
  }

  @Override
  public long sub(long a, long b) {
    return num(real(a) - real(b));
  }

  @Override
  public long mul(long a, long b) {
    return num(real(a) * real(b));
  }

  @Override
  public long div(long a, long b) {
    return num(real(a) / real(b));
  }

  @Override
  public long neg(long a) {
    return num(-real(a));
  }

  @Override
  public long plus(long a, double c) {
    return num(real(a) + c);
  }

  @Override
  public long times(long a, double c) {
    return num(real(a) * c);
  }

  @Override
  public long over(long a, double c) {
    return num(real(a) / c);
  }

  @Override
  public long minusFrom(double c, long a) {
    return num(c - real(a));
  }

  @Override
  public long log(long x) {
    return num(Math.log(real(x)));
  }

  @Override
  public long log1p(long x) {
    return num(Math.log1p(real(x)));
  }

  @Override
  public long exp(long x) {
    return num(Math.exp(real(x)));
  }

  @Override
  public long sqrt(long x) {
    return num(Math.sqrt(real(x)));
  }

  @Override
  public long abs(long x) {
    return num(Math.abs(real(x)));
  }

  @Override
  public long lgamma(long x) {
    return num(SpecialFunctions.lgamma(real(x)));
  }

  @Override
  public long logBeta(long a, long b) {
    return num(SpecialFunctions.logBeta(real(a), real(b)));
  }

  @Override
  public long log1pSquared(long z) {
    return num(SpecialFunctions.log1pSquared(real(z)));
  }

  @Override
  public long xLog1pY(double x, long y) {
    return num(SpecialFunctions.xLog1pY(x, real(y)));
  }

  @Override
  public long logPoisson(double k, long rate) {
    return num(SaddlePoint.logPoisson(k, real(rate)));
  }

  @Override
  public long logBinomial(double k, double n, long p) {
    return num(SaddlePoint.logBinomial(k, n, real(p)));
  }

  @Override
  public long partials(double value, long a, double da, long b, double db, long c, double dc) {
    return num(value);
  }
}
