package org.ppl4j.semantics.dist;

import static org.ppl4j.semantics.dist.FamilyDescription.parameter;
import static org.ppl4j.semantics.math.DoubleNum.num;
import static org.ppl4j.semantics.math.DoubleNum.real;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ppl4j.semantics.math.DoubleNum;
import org.ppl4j.semantics.math.Num;
import org.ppl4j.semantics.random.Rng;

/**
 * The Bernoulli distribution {@code bernoulli(p)} on the booleans: true with probability p.
 *
 * @param p probability of true, in [0, 1]
 */
public record Bernoulli(double p) implements Distribution<Boolean>, Cumulative {
  /** The family bernoulli: its parameters, constructor and log density. */
  public static final FamilyDescription FAMILY = new FamilyDescription("bernoulli", ValueType.BOOL,
      List.of(parameter("p", Domain.PROBABILITY)),
      a -> new Bernoulli(a.real(0)),
      (n, x, p) -> Bernoulli.logDensity(n, n.value(x[0]), p.get(0)[0]))
      .withTerm((v, d, memo) -> Bernoulli.term(v[1], v[0], d));

  private static final List<Boolean> VALUES = List.of(false, true);

  /** Validates the parameter; see {@link Distributions#bernoulli}. */
  public Bernoulli {
    Parameters.probability("bernoulli", "p", p);
  }

  /** {@code U < p}, U uniform on [0, 1). */
  @Override
  public Boolean sample(Rng rng) {
    return rng.nextDouble() < p;
  }

  /** {@code log p} for true, {@code log(1 - p)} for false. */
  @Override
  public double logDensity(Boolean x) {
    return real(logDensity(DoubleNum.INSTANCE, x ? 1 : 0, num(p)));
  }

  /** The log density written once over any {@link Num}; see the instance method. */
  public static long logDensity(Num n, double k, long p) {
    return k == 1 ? n.log(p) : k == 0 ? n.log1p(n.neg(p)) : n.constant(Double.NEGATIVE_INFINITY);
  }

  /**
   * The closed form of {@link #logDensity(Num, double, long)} with its partials ({@link
   * ScalarTerm}): {@code log p} (d/dp {@code 1/p}) at 1, {@code log(1 - p)} (d/dp
   * {@code -1/(1 - p)}) at 0, {@code -inf} elsewhere; the draw is data (partial 0).
   */
  static double term(double k, double p, double[] d) {
    double value;
    double dp;
    if (k == 1) {
      value = Math.log(p);
      dp = 1 / p;
    } else if (k == 0) {
      value = Math.log1p(-p);
      dp = -1 / (1 - p);
    } else {
      value = Double.NEGATIVE_INFINITY;
      dp = 0.0;
    }
    if (d != null) {
      d[0] = dp;
      d[1] = 0.0;
    }
    return value;
  }

  @Override
  public boolean inSupport(Boolean x) {
    return x != null;
  }

  @Override
  public Support support() {
    return new Support.Booleans();
  }

  @Override
  public String name() {
    return "bernoulli";
  }

  /** {@code [false, true]}. */
  @Override
  public Optional<List<Boolean>> finiteSupport() {
    return Optional.of(VALUES);
  }

  /** {@code p} (true counted as 1). */
  @Override
  public OptionalDouble mean() {
    return OptionalDouble.of(p);
  }

  @Override
  public OptionalDouble variance() {
    return OptionalDouble.of(p * (1 - p));
  }

  @Override
  public double cdf(double x) {
    return x < 0 ? 0.0 : x < 1 ? 1 - p : 1.0;
  }

  @Override
  public double logCdf(double x) {
    return x < 0 ? Double.NEGATIVE_INFINITY : x < 1 ? Math.log1p(-p) : 0.0;
  }

  @Override
  public double logCcdf(double x) {
    return x < 0 ? 0.0 : x < 1 ? Math.log(p) : Double.NEGATIVE_INFINITY;
  }

  /** 0 (false) when {@code q <= 1 - p}, else 1 (true). */
  @Override
  public double quantile(double q) {
    return q <= 1 - p ? 0.0 : 1.0;
  }
}
