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
 * The normal distribution {@code normal(mu, sigma)} on the real line.
 *
 * @param mu mean, finite
 * @param sigma standard deviation, &gt; 0 and finite
 */
public record Normal(double mu, double sigma)
    implements RealDistribution, Cumulative, LocationScale {
  /** The family normal: its parameters, constructor and log density. */
  public static final FamilyDescription FAMILY = new FamilyDescription("normal", ValueType.REAL,
      List.of(parameter("mu", Domain.FINITE), parameter("sigma", Domain.POSITIVE)),
      a -> new Normal(a.real(0), a.real(1)),
      (n, x, p) -> Normal.logDensity(n, x[0], p.get(0)[0], p.get(1)[0]));

  /** Validates the parameters; see {@link Distributions#normal}. */
  public Normal {
    Parameters.finite("normal", "mu", mu);
    Parameters.positive("normal", "sigma", sigma);
  }

  @Override
  public Double sample(Rng rng) {
    return mu + sigma * rng.nextGaussian();
  }

  /** {@code -log sigma - log sqrt(2 pi) - z^2 / 2} with {@code z = (x - mu) / sigma}. */
  @Override
  public double logDensity(double x) {
    return real(logDensity(DoubleNum.INSTANCE, num(x), num(mu), num(sigma)));
  }

  /** The log density written once over any {@link Num}; see the instance method. */
  public static long logDensity(Num n, long x, long mu, long sigma) {
    double xv = n.value(x);
    if (!Double.isFinite(xv)) {
      return n.constant(Double.NEGATIVE_INFINITY);
    }
    double s = n.value(sigma);
    double z = (xv - n.value(mu)) / s;
    double dx = -z / s;
    return n.partials(-0.5 * z * z - Math.log(s) - SpecialFunctions.LOG_SQRT_2PI,
        x, dx, mu, -dx, sigma, (z * z - 1) / s);
  }

  @Override
  public boolean inSupport(double x) {
    return Double.isFinite(x);
  }

  @Override
  public Support support() {
    return new Support.RealLine();
  }

  @Override
  public String name() {
    return "normal";
  }

  @Override
  public OptionalDouble mean() {
    return OptionalDouble.of(mu);
  }

  @Override
  public OptionalDouble variance() {
    return OptionalDouble.of(sigma * sigma);
  }

  @Override
  public double cdf(double x) {
    return NormalCdf.cdf((x - mu) / sigma);
  }

  @Override
  public double logCdf(double x) {
    return NormalCdf.logCdf((x - mu) / sigma);
  }

  @Override
  public double logCcdf(double x) {
    return NormalCdf.logCcdf((x - mu) / sigma);
  }

  @Override
  public double quantile(double p) {
    return mu + sigma * NormalCdf.quantile(p);
  }

  @Override
  public double location() {
    return mu;
  }

  @Override
  public double scale() {
    return sigma;
  }
}
