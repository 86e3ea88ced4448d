package org.ppl4j.semantics.ad;

import java.util.Arrays;
import org.ppl4j.semantics.math.Num;
import org.ppl4j.semantics.math.SaddlePoint;
import org.ppl4j.semantics.math.SpecialFunctions;

/**
 * {@link Num} on {@link AdReal} numbers: each operation computes its value exactly as
 * {@link org.ppl4j.semantics.math.DoubleNum} does and records its partial derivatives on the
 * operands' tape, so a log density written once over {@link Num} gives, on these numbers, the
 * same value and its reverse-mode gradient. A number is the index of an {@link AdReal} in this
 * object's register ({@link #put}, {@link #get}); use one instance per evaluation, from one
 * thread.
 */
public final class AdNum implements Num {
  private AdReal[] registers = new AdReal[16];
  private int size;

  /** An empty register. */
  public AdNum() {}

  /** {@code x} as a number of this {@link Num}. */
  public long put(AdReal x) {
    if (size == registers.length) {
      registers = Arrays.copyOf(registers, 2 * size);
    }
    registers[size] = x;
    return size++;
  }

  /** {@code xs} as numbers of this {@link Num}. */
  public long[] put(AdReal[] xs) {
    long[] out = new long[xs.length];
    for (int i = 0; i < xs.length; i++) {
      out[i] = put(xs[i]);
    }
    return out;
  }

  /** The {@link AdReal} a number of this {@link Num} stands for. */
  public AdReal get(long x) {
    return registers[(int) x];
  }

  @Override
  public long constant(double c) {
    return put(AdReal.constant(c));
  }

  @Override
  public double value(long x) {
    return get(x).value();
  }

  @Override
  public long add(long a, long b) {
    return put(get(a).plus(get(b)));
  }

  @Override
  public long sub(long a, long b) {
    return put(get(a).minus(get(b)));
  }

  @Override
  public long mul(long a, long b) {
    return put(get(a).times(get(b)));
  }

  @Override
  public long div(long a, long b) {
    return put(get(a).div(get(b)));
  }

  @Override
  public long neg(long a) {
    return put(get(a).negate());
  }

  @Override
  public long plus(long a, double c) {
    return put(get(a).plus(c));
  }

  @Override
  public long times(long a, double c) {
    return put(get(a).times(c));
  }

  @Override
  public long over(long a, double c) {
    return put(get(a).div(c));
  }

  @Override
  public long minusFrom(double c, long a) {
    return put(get(a).subtractedFrom(c));
  }

  @Override
  public long log(long x) {
    return put(AdMath.log(get(x)));
  }

  @Override
  public long log1p(long x) {
    return put(AdMath.log1p(get(x)));
  }

  @Override
  public long exp(long x) {
    return put(AdMath.exp(get(x)));
  }

  @Override
  public long sqrt(long x) {
    return put(AdMath.sqrt(get(x)));
  }

  @Override
  public long abs(long x) {
    return put(AdMath.abs(get(x)));
  }

  /** Derivative {@link SpecialFunctions#digamma}. */
  @Override
  public long lgamma(long number) {
    return put(Tape.apply(Elementary.LGAMMA, 0.0, get(number)));
  }

  /** Partials {@code digamma(a) - digamma(a + b)} and {@code digamma(b) - digamma(a + b)}. */
  @Override
  public long logBeta(long aNumber, long bNumber) {
    AdReal a = get(aNumber);
    AdReal b = get(bNumber);
    double value = SpecialFunctions.logBeta(a.value(), b.value());
    if (a.isConstant() && b.isConstant()) {
      return constant(value);
    }
    double da = a.isConstant() ? 0.0 : NumDerivatives.logBetaFirst(a.value(), b.value());
    double db = b.isConstant() ? 0.0 : NumDerivatives.logBetaFirst(b.value(), a.value());
    return put(Tape.nary(value, new AdReal[] {a, b}, new double[] {da, db}));
  }

  /** Derivative {@code 2z / (1 + z^2) = 2 / (z + 1/z)} (no overflow for large z). */
  @Override
  public long log1pSquared(long number) {
    AdReal z = get(number);
    double v = z.value();
    return put(z.tape().unary(SpecialFunctions.log1pSquared(v), z,
        NumDerivatives.log1pSquared(v)));
  }

  /** Derivative {@code x / (1 + y)}. */
  @Override
  public long xLog1pY(double x, long number) {
    AdReal y = get(number);
    double v = y.value();
    return put(y.tape().unary(SpecialFunctions.xLog1pY(x, v), y, NumDerivatives.xLog1pY(x, v)));
  }

  /** Derivative {@code k / rate - 1}. */
  @Override
  public long logPoisson(double k, long number) {
    AdReal rate = get(number);
    double v = rate.value();
    return put(rate.tape().unary(SaddlePoint.logPoisson(k, v), rate,
        NumDerivatives.logPoisson(k, v)));
  }

  /** Derivative {@code k / p - (n - k) / (1 - p)} (a term with count 0 contributes 0). */
  @Override
  public long logBinomial(double k, double n, long number) {
    AdReal p = get(number);
    double v = p.value();
    return put(p.tape().unary(SaddlePoint.logBinomial(k, n, v), p,
        NumDerivatives.logBinomial(k, n, v)));
  }

  @Override
  public long partials(double value, long a, double da, long b, double db, long c, double dc) {
    return put(Tape.nary(value, new AdReal[] {get(a), get(b), get(c)},
        new double[] {da, db, dc}));
  }
}
