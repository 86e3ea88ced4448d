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
 * The gamma distribution {@code gamma(shape, rate)} on the positive reals, parametrised by
 * rate as in Stan: density {@code rate^shape x^(shape-1) e^(-rate x) / Gamma(shape)}.
 *
 * @param shape shape, &gt; 0 and finite
 * @param rate inverse scale, &gt; 0 and finite
 */
public record Gamma(double shape, double rate) implements RealDistribution, DirectCdf {
  /** The family gamma: its parameters, constructor and log density. */
  public static final FamilyDescription FAMILY = new FamilyDescription("gamma", ValueType.REAL,
      List.of(parameter("shape", Domain.POSITIVE), parameter("rate", Domain.POSITIVE)),
      a -> new Gamma(a.real(0), a.real(1)),
      (n, x, p) -> Gamma.logDensity(n, x[0], p.get(0)[0], p.get(1)[0]));

  /** Validates the parameters; see {@link Distributions#gamma}. */
  public Gamma {
    Parameters.positive("gamma", "shape", shape);
    Parameters.positive("gamma", "rate", rate);
  }

  /** Marsaglia–Tsang standard gamma divided by the rate; kept inside (0, inf). */
  @Override
  public Double sample(Rng rng) {
    double x = GammaSampler.standard(rng, shape) / rate;
    return Math.min(Math.max(x, Double.MIN_VALUE), Double.MAX_VALUE);
  }

  /** {@code shape log rate - lgamma(shape) + (shape - 1) log x - rate x}. */
  @Override
  public double logDensity(double x) {
    return real(logDensity(DoubleNum.INSTANCE, num(x), num(shape), num(rate)));
  }

  /** The log density written once over any {@link Num}; see the instance method. */
  public static long logDensity(Num n, long x, long shape, long rate) {
    double xv = n.value(x);
    if (!(xv > 0 && xv < Double.POSITIVE_INFINITY)) {
      return n.constant(Double.NEGATIVE_INFINITY);
    }
    return n.sub(n.add(n.sub(n.mul(shape, n.log(rate)), n.lgamma(shape)),
        n.mul(n.plus(shape, -1), n.log(x))), n.mul(rate, x));
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
    return "gamma";
  }

  @Override
  public OptionalDouble mean() {
    return OptionalDouble.of(shape / rate);
  }

  @Override
  public OptionalDouble variance() {
    return OptionalDouble.of(shape / rate / rate);
  }

  @Override
  public double cdf(double x) {
    return Regularized.gammaP(shape, rate * x);
  }

  @Override
  public double logCcdf(double x) {
    return Math.log(Regularized.gammaQ(shape, rate * x));
  }

  @Override
  public double quantile(double p) {
    return p == 1 ? Double.POSITIVE_INFINITY : p == 0 ? 0.0
        : Regularized.polish(this, Regularized.gammaQuantile(shape, p) / rate, p);
  }
}
