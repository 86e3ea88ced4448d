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
 * The geometric distribution {@code geometric(p)}: the number of failures before the first
 * success, mass {@code p (1 - p)^k} for k = 0, 1, ...
 *
 * @param p success probability, in (0, 1]
 */
public record Geometric(double p) implements IntDistribution, Cumulative {
  /** The family geometric: its parameters, constructor and log density. */
  public static final FamilyDescription FAMILY = new FamilyDescription("geometric", ValueType.INT,
      List.of(parameter("p", Domain.POSITIVE_PROBABILITY)),
      a -> new Geometric(a.real(0)),
      (n, x, p) -> Geometric.logDensity(n, n.value(x[0]), p.get(0)[0]));

  /** Validates the parameter; see {@link Distributions#geometric}. */
  public Geometric {
    Parameters.positiveProbability("geometric", "p", p);
  }

  /** Inverse CDF: {@code floor(log U / log(1 - p))}, U uniform on (0, 1). */
  @Override
  public Integer sample(Rng rng) {
    if (p == 1) {
      return 0;
    }
    double k = Math.floor(Math.log(OpenUniform.draw(rng)) / Math.log1p(-p));
    return Parameters.drawAsInt("geometric", k >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) k);
  }

  /** {@code log p + k log(1 - p)}. */
  @Override
  public double logDensity(int k) {
    return real(logDensity(DoubleNum.INSTANCE, k, num(p)));
  }

  /** The log density written once over any {@link Num}; see the instance method. */
  public static long logDensity(Num n, double k, long p) {
    if (!(k >= 0)) {
      return n.constant(Double.NEGATIVE_INFINITY);
    }
    return k == 0 ? n.log(p) : n.add(n.log(p), n.times(n.log1p(n.neg(p)), k));
  }

  @Override
  public boolean inSupport(int k) {
    return k >= 0;
  }

  @Override
  public Support support() {
    return new Support.Integers(0, Long.MAX_VALUE);
  }

  @Override
  public String name() {
    return "geometric";
  }

  /** {@code (1 - p) / p}. */
  @Override
  public OptionalDouble mean() {
    return OptionalDouble.of((1 - p) / p);
  }

  /** {@code (1 - p) / p^2}. */
  @Override
  public OptionalDouble variance() {
    return OptionalDouble.of((1 - p) / (p * p));
  }

  @Override
  public double cdf(double x) {
    return Math.exp(logCdf(x));
  }

  @Override
  public double logCdf(double x) {
    return Math.floor(x) < 0 ? Double.NEGATIVE_INFINITY : Cumulative.log1mExp(logCcdf(x));
  }

  /** {@code log (1 - p)^(k + 1)}. */
  @Override
  public double logCcdf(double x) {
    double k = Math.floor(x);
    return k < 0 ? 0.0 : p == 1 ? Double.NEGATIVE_INFINITY : (k + 1) * Math.log1p(-p);
  }

  @Override
  public double quantile(double q) {
    return Regularized.discreteQuantile(this, q, 0, Long.MAX_VALUE);
  }
}
