package org.ppl4j.semantics.dist;

import org.ppl4j.semantics.math.NormalCdf;
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
 * The half-normal distribution {@code half_normal(sigma)}: {@code |X|} for
 * {@code X ~ normal(0, sigma)}, on the positive reals.
 *
 * @param sigma scale of the folded normal, &gt; 0 and finite
 */
public record HalfNormal(double sigma) implements RealDistribution, Cumulative {
  /** The family half_normal: its parameters, constructor and log density. */
  public static final FamilyDescription FAMILY = new FamilyDescription(
      "half_normal", ValueType.REAL,
      List.of(parameter("sigma", Domain.POSITIVE)),
      a -> new HalfNormal(a.real(0)),
      (n, x, p) -> HalfNormal.logDensity(n, x[0], p.get(0)[0]));

  private static final double LOG_2 = Math.log(2);

  /** Validates the parameter; see {@link Distributions#halfNormal}. */
  public HalfNormal {
    Parameters.positive("half_normal", "sigma", sigma);
  }

  /** {@code sigma |Z|}, redrawn if Z is exactly 0. */
  @Override
  public Double sample(Rng rng) {
    while (true) {
      double x = sigma * Math.abs(rng.nextGaussian());
      if (x > 0) {
        return x;
      }
    }
  }

  /** {@code log 2 - log sigma - log sqrt(2 pi) - x^2 / (2 sigma^2)}. */
  @Override
  public double logDensity(double x) {
    return real(logDensity(DoubleNum.INSTANCE, num(x), num(sigma)));
  }

  /** The log density written once over any {@link Num}; see the instance method. */
  public static long logDensity(Num n, long x, long sigma) {
    double xv = n.value(x);
    if (!(xv > 0 && xv < Double.POSITIVE_INFINITY)) {
      return n.constant(Double.NEGATIVE_INFINITY);
    }
    long z = n.div(x, sigma);
    return n.plus(n.sub(n.minusFrom(LOG_2, n.mul(n.times(z, 0.5), z)), n.log(sigma)),
        -SpecialFunctions.LOG_SQRT_2PI);
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
    return "half_normal";
  }

  /** {@code sigma sqrt(2 / pi)}. */
  @Override
  public OptionalDouble mean() {
    return OptionalDouble.of(sigma * Math.sqrt(2 / Math.PI));
  }

  /** {@code sigma^2 (1 - 2 / pi)}. */
  @Override
  public OptionalDouble variance() {
    return OptionalDouble.of(sigma * sigma * (1 - 2 / Math.PI));
  }

  private static final double LOG_TWO = Math.log(2.0);

  @Override
  public double cdf(double x) {
    return x <= 0 ? 0.0 : org.apache.commons.math3.special.Erf.erf(x / (sigma * Math.sqrt(2.0)));
  }

  @Override
  public double logCdf(double x) {
    return x <= sigma ? Math.log(cdf(x)) : Cumulative.log1mExp(logCcdf(x));
  }

  @Override
  public double logCcdf(double x) {
    return x <= 0 ? 0.0 : LOG_TWO + NormalCdf.logCdf(-x / sigma);
  }

  @Override
  public double quantile(double p) {
    return sigma * NormalCdf.quantile(0.5 + 0.5 * p);
  }
}
