package org.ppl4j.semantics.dist;

import static org.ppl4j.semantics.dist.FamilyDescription.parameter;
import static org.ppl4j.semantics.math.DoubleNum.num;
import static org.ppl4j.semantics.math.DoubleNum.real;

import java.util.List;
import java.util.OptionalDouble;
import org.ppl4j.semantics.math.DoubleNum;
import org.ppl4j.semantics.math.Num;
import org.ppl4j.semantics.math.SpecialFunctions;
import org.ppl4j.semantics.random.Rng;

/**
 * The beta distribution {@code beta(a, b)} on the open interval (0, 1).
 *
 * @param a first shape, &gt; 0 and finite
 * @param b second shape, &gt; 0 and finite
 */
public record Beta(double a, double b) implements RealDistribution, DirectCdf {
  /** The family beta: its parameters, constructor and log density. */
  public static final FamilyDescription FAMILY = new FamilyDescription("beta", ValueType.REAL,
      List.of(parameter("a", Domain.POSITIVE), parameter("b", Domain.POSITIVE)),
      a -> new Beta(a.real(0), a.real(1)),
      (n, x, p) -> Beta.logDensity(n, x[0], p.get(0)[0], p.get(1)[0]));

  /** Validates the parameters; see {@link Distributions#beta}. */
  public Beta {
    Parameters.positive("beta", "a", a);
    Parameters.positive("beta", "b", b);
  }

  /**
   * {@code X / (X + Y)} with X ~ gamma(a), Y ~ gamma(b), formed from their logarithms;
   * clamped into (0, 1) when the exact draw rounds to an end point (tiny shapes).
   */
  @Override
  public Double sample(Rng rng) {
    double logX = GammaSampler.logStandard(rng, a);
    double logY = GammaSampler.logStandard(rng, b);
    double x = SpecialFunctions.logistic(logX - logY);
    return Math.min(Math.max(x, Double.MIN_VALUE), Math.nextDown(1.0));
  }

  /** {@code (a - 1) log x + (b - 1) log(1 - x) - log B(a, b)}. */
  @Override
  public double logDensity(double x) {
    return real(logDensity(DoubleNum.INSTANCE, num(x), num(a), num(b)));
  }

  /** The log density written once over any {@link Num}; see the instance method. */
  public static long logDensity(Num n, long x, long a, long b) {
    double xv = n.value(x);
    if (!(xv > 0 && xv < 1)) {
      return n.constant(Double.NEGATIVE_INFINITY);
    }
    return n.sub(n.add(n.mul(n.plus(a, -1), n.log(x)), n.mul(n.plus(b, -1), n.log1p(n.neg(x)))),
        n.logBeta(a, b));
  }

  @Override
  public boolean inSupport(double x) {
    return x > 0 && x < 1;
  }

  @Override
  public Support support() {
    return new Support.Interval(0, 1);
  }

  @Override
  public String name() {
    return "beta";
  }

  @Override
  public OptionalDouble mean() {
    return OptionalDouble.of(a / (a + b));
  }

  @Override
  public OptionalDouble variance() {
    double total = a + b;
    return OptionalDouble.of(a / total * (b / total) / (total + 1));
  }

  @Override
  public double cdf(double x) {
    return Regularized.beta(x, a, b);
  }

  @Override
  public double logCcdf(double x) {
    return x <= 0 ? 0.0 : Math.log(Regularized.beta(1 - x, b, a));
  }

  @Override
  public double quantile(double p) {
    return p == 0 || p == 1 ? p
        : Regularized.polish(this, Regularized.betaQuantile(a, b, p), p);
  }
}
