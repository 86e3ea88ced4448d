package org.ppl4j.semantics.dist;

import static org.ppl4j.semantics.dist.FamilyDescription.parameter;
import static org.ppl4j.semantics.math.DoubleNum.num;
import static org.ppl4j.semantics.math.DoubleNum.real;

import java.util.List;
import java.util.OptionalDouble;
import org.ppl4j.semantics.math.DoubleNum;
import org.ppl4j.semantics.math.Num;
import org.ppl4j.semantics.random.Rng;

/**
 * The continuous uniform distribution {@code uniform(lo, hi)} on the open interval (lo, hi).
 *
 * @param lo lower end, finite
 * @param hi upper end, finite and &gt; lo
 */
public record Uniform(double lo, double hi) implements RealDistribution, DirectCdf {
  /** The family uniform: its parameters, constructor and log density. */
  public static final FamilyDescription FAMILY = new FamilyDescription("uniform", ValueType.REAL,
      List.of(parameter("lo", Domain.FINITE), parameter("hi", Domain.FINITE)),
      a -> new Uniform(a.real(0), a.real(1)),
      (n, x, p) -> Uniform.logDensity(n, x[0], p.get(0)[0], p.get(1)[0]));

  /** Validates the parameters; see {@link Distributions#uniform}. */
  public Uniform {
    Parameters.finite("uniform", "lo", lo);
    Parameters.finite("uniform", "hi", hi);
    if (!(hi > lo)) {
      throw Parameters.error("uniform", "hi", "> lo (" + lo + ")", hi);
    }
    if (!Double.isFinite(hi - lo)) {
      throw Parameters.error("uniform", "hi", "within a finite distance of lo (" + lo + ")", hi);
    }
  }

  /** {@code lo + (hi - lo) U}, redrawn in the rare case rounding lands on an end point. */
  @Override
  public Double sample(Rng rng) {
    while (true) {
      double x = lo + (hi - lo) * rng.nextDouble();
      if (x > lo && x < hi) {
        return x;
      }
    }
  }

  /** {@code -log(hi - lo)} inside the interval. */
  @Override
  public double logDensity(double x) {
    return real(logDensity(DoubleNum.INSTANCE, num(x), num(lo), num(hi)));
  }

  /** The log density written once over any {@link Num}; see the instance method. */
  public static long logDensity(Num n, long x, long lo, long hi) {
    double xv = n.value(x);
    if (!(xv > n.value(lo) && xv < n.value(hi))) {
      return n.constant(Double.NEGATIVE_INFINITY);
    }
    return n.neg(n.log(n.sub(hi, lo)));
  }

  @Override
  public boolean inSupport(double x) {
    return x > lo && x < hi;
  }

  @Override
  public Support support() {
    return new Support.Interval(lo, hi);
  }

  @Override
  public String name() {
    return "uniform";
  }

  @Override
  public OptionalDouble mean() {
    return OptionalDouble.of(lo + (hi - lo) / 2);
  }

  @Override
  public OptionalDouble variance() {
    double width = hi - lo;
    return OptionalDouble.of(width * width / 12);
  }

  @Override
  public double cdf(double x) {
    return x <= lo ? 0.0 : x >= hi ? 1.0 : (x - lo) / (hi - lo);
  }

  @Override
  public double logCcdf(double x) {
    return x <= lo ? 0.0 : x >= hi ? Double.NEGATIVE_INFINITY : Math.log((hi - x) / (hi - lo));
  }

  @Override
  public double quantile(double p) {
    return p == 1 ? hi : lo + p * (hi - lo);
  }
}
