package org.ppl4j.semantics.ad;

import java.util.Arrays;
import org.ppl4j.semantics.math.Num;
import org.ppl4j.semantics.math.SaddlePoint;
import org.ppl4j.semantics.math.SpecialFunctions;

/**
 * {@link Num} in forward mode: each number carries its value and its derivatives with respect
 * to up to {@code k} seed directions (dual numbers; Griewank and Walther, "Evaluating
 * Derivatives", 2nd ed., ch. 3.1), in flat registers reused from one evaluation to the next.
 * A family's log density written once over {@link Num} thus gives, for a scalar term with a
 * handful of parameters, its value and every partial in one pass with no tape and no
 * allocation: the inner loop of a replayed likelihood ({@link FamilyTerms}). Values round
 * exactly as {@link org.ppl4j.semantics.math.DoubleNum}'s. One instance per thread.
 */
final class TangentNum implements Num {
  private int k;
  private int size;
  private double[] values = new double[32];
  private double[] tangents = new double[32 * 4];
  /** Whether a register depends on a seed; a constant's derivative terms are skipped (so an
   * infinite local derivative at a constant contributes nothing, as on a tape). */
  private boolean[] seeded = new boolean[32];

  /** Forgets every number and sets the number of seed directions. */
  void reset(int directions) {
    k = directions;
    size = 0;
  }

  /** A number with value {@code v} whose derivative in direction {@code direction} is 1. */
  long seed(double v, int direction) {
    int r = push(v);
    tangents[r * k + direction] = 1.0;
    seeded[r] = true;
    return r;
  }

  /** The derivative of {@code x} in direction {@code direction}. */
  double tangent(long x, int direction) {
    return tangents[(int) x * k + direction];
  }

  private int push(double v) {
    if (size == values.length) {
      values = Arrays.copyOf(values, 2 * size);
      seeded = Arrays.copyOf(seeded, 2 * size);
    }
    if ((size + 1) * Math.max(k, 1) > tangents.length) {
      tangents = Arrays.copyOf(tangents, 2 * (size + 1) * Math.max(k, 1));
    }
    values[size] = v;
    seeded[size] = false;
    Arrays.fill(tangents, size * k, size * k + k, 0.0);
    return size++;
  }

  /** A number of value {@code v} with tangent {@code da * t(a) + db * t(b)}. */
  private long chain(double v, long a, double da, long b, double db) {
    int r = push(v);
    accumulate(r, a, da);
    accumulate(r, b, db);
    return r;
  }

  private long chain(double v, long a, double da) {
    int r = push(v);
    accumulate(r, a, da);
    return r;
  }

  /** Adds {@code d * t(parent)} to register {@code r}'s tangent, if the parent is seeded. */
  private void accumulate(int r, long parent, double d) {
    int p = (int) parent;
    if (!seeded[p]) {
      return;
    }
    seeded[r] = true;
    int ip = p * k;
    int o = r * k;
    for (int j = 0; j < k; j++) {
      tangents[o + j] += d * tangents[ip + j];
    }
  }

  private double v(long x) {
    return values[(int) x];
  }

  @Override
  public long constant(double c) {
    return push(c);
  }

  @Override
  public double value(long x) {
    return v(x);
  }

  @Override
  public long add(long a, long b) {
    return chain(v(a) + v(b), a, 1.0, b, 1.0);
  }

  @Override
  public long sub(long a, long b) {
    return chain(v(a) - v(b), a, 1.0, b, -1.0);
  }

  @Override
  public long mul(long a, long b) {
    return chain(v(a) * v(b), a, v(b), b, v(a));
  }

  @Override
  public long div(long a, long b) {
    double q = v(a) / v(b);
    return chain(q, a, 1.0 / v(b), b, -q / v(b));
  }

  @Override
  public long neg(long a) {
    return chain(-v(a), a, -1.0);
  }

  @Override
  public long plus(long a, double c) {
    return chain(v(a) + c, a, 1.0);
  }

  @Override
  public long times(long a, double c) {
    return chain(v(a) * c, a, c);
  }

  @Override
  public long over(long a, double c) {
    return chain(v(a) / c, a, 1.0 / c);
  }

  @Override
  public long minusFrom(double c, long a) {
    return chain(c - v(a), a, -1.0);
  }

  @Override
  public long log(long x) {
    return unary(Elementary.LOG, x);
  }

  @Override
  public long log1p(long x) {
    return unary(Elementary.LOG1P, x);
  }

  @Override
  public long exp(long x) {
    return unary(Elementary.EXP, x);
  }

  @Override
  public long sqrt(long x) {
    return unary(Elementary.SQRT, x);
  }

  @Override
  public long abs(long x) {
    return unary(Elementary.ABS, x);
  }

  @Override
  public long lgamma(long x) {
    return unary(Elementary.LGAMMA, x);
  }

  private final double[] in = new double[1];
  private final double[] d = new double[1];

  private long unary(Elementary op, long x) {
    in[0] = v(x);
    double value = op.apply(in, 1, 0.0, d);
    return chain(value, x, d[0]);
  }

  @Override
  public long logBeta(long a, long b) {
    double va = v(a);
    double vb = v(b);
    return chain(SpecialFunctions.logBeta(va, vb), a, NumDerivatives.logBetaFirst(va, vb),
        b, NumDerivatives.logBetaFirst(vb, va));
  }

  @Override
  public long log1pSquared(long z) {
    double v = v(z);
    return chain(SpecialFunctions.log1pSquared(v), z, NumDerivatives.log1pSquared(v));
  }

  @Override
  public long xLog1pY(double x, long y) {
    double v = v(y);
    return chain(SpecialFunctions.xLog1pY(x, v), y, NumDerivatives.xLog1pY(x, v));
  }

  @Override
  public long logPoisson(double count, long rate) {
    double v = v(rate);
    return chain(SaddlePoint.logPoisson(count, v), rate, NumDerivatives.logPoisson(count, v));
  }

  @Override
  public long logBinomial(double count, double n, long p) {
    double v = v(p);
    return chain(SaddlePoint.logBinomial(count, n, v), p,
        NumDerivatives.logBinomial(count, n, v));
  }

  @Override
  public long partials(double value, long a, double da, long b, double db, long c, double dc) {
    int r = push(value);
    accumulate(r, a, da);
    accumulate(r, b, db);
    accumulate(r, c, dc);
    return r;
  }
}
