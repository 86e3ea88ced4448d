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
 * The exponential distribution {@code exponential(rate)} on the positive reals.
 *
 * @param rate inverse mean, &gt; 0 and finite
 */
public record Exponential(double rate) implements RealDistribution, Cumulative {
  /** The family exponential: its parameters, constructor and log density. */
  public static final FamilyDescription FAMILY = new FamilyDescription(
      "exponential", ValueType.REAL,
      List.of(parameter("rate", Domain.POSITIVE)),
      a -> new Exponential(a.real(0)),
      (n, x, p) -> Exponential.logDensity(n, x[0], p.get(0)[0]));

  /** Validates the parameter; see {@link Distributions#exponential}. */
  public Exponential {
    Parameters.positive("exponential", "rate", rate);
  }

  /** Inverse CDF: {@code -log(U) / rate}, U uniform on (0, 1). */
  @Override
  public Double sample(Rng rng) {
    double x = -Math.log(OpenUniform.draw(rng)) / rate;
    return Math.min(Math.max(x, Double.MIN_VALUE), Double.MAX_VALUE);
  }

  /** {@code log rate - rate x}. */
  @Override
  public double logDensity(double x) {
    return real(logDensity(DoubleNum.INSTANCE, num(x), num(rate)));
  }

  /** The log density written once over any {@link Num}; see the instance method. */
  public static long logDensity(Num n, long x, long rate) {
    double xv = n.value(x);
    if (!(xv > 0 && xv < Double.POSITIVE_INFINITY)) {
      return n.constant(Double.NEGATIVE_INFINITY);
    }
    return n.sub(n.log(rate), n.mul(rate, x));
  }

  @Override
  public boolean inSupport(double x) {
    return x > 0 && x < Double.POSITIVE_INFINITY;
  }

  @Override
  public Support support() {
    return new Support.LowerBounded(0);
  }

  @Override
  public String name() {
    return "exponential";
  }

  @Override
  public OptionalDouble mean() {
    return OptionalDouble.of(1 / rate);
  }

  @Override
  public OptionalDouble variance() {
    return OptionalDouble.of(1 / (rate * rate));
  }

  @Override
  public double cdf(double x) {
    return x <= 0 ? 0.0 : -Math.expm1(-rate * x);
  }

  @Override
  public double logCdf(double x) {
    return x <= 0 ? Double.NEGATIVE_INFINITY : Cumulative.log1mExp(-rate * x);
  }

  @Override
  public double logCcdf(double x) {
    return x <= 0 ? 0.0 : -rate * x;
  }

  @Override
  public double quantile(double p) {
    return -Math.log1p(-p) / rate;
  }
}
