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
 * The log-normal distribution {@code lognormal(mu, sigma)}: {@code exp} of a
 * {@code normal(mu, sigma)} draw, on the positive reals.
 *
 * @param mu mean of the log, finite
 * @param sigma standard deviation of the log, &gt; 0 and finite
 */
public record LogNormal(double mu, double sigma) implements RealDistribution, Cumulative {
  /** The family lognormal: its parameters, constructor and log density. */
  public static final FamilyDescription FAMILY = new FamilyDescription("lognormal", ValueType.REAL,
      List.of(parameter("mu", Domain.FINITE), parameter("sigma", Domain.POSITIVE)),
      a -> new LogNormal(a.real(0), a.real(1)),
      (n, x, p) -> LogNormal.logDensity(n, x[0], p.get(0)[0], p.get(1)[0]));

  /** Validates the parameters; see {@link Distributions#lognormal}. */
  public LogNormal {
    Parameters.finite("lognormal", "mu", mu);
    Parameters.positive("lognormal", "sigma", sigma);
  }

  /** {@code exp(mu + sigma Z)}, clamped into (0, inf) if it underflows or overflows. */
  @Override
  public Double sample(Rng rng) {
    double x = Math.exp(mu + sigma * rng.nextGaussian());
    return Math.min(Math.max(x, Double.MIN_VALUE), Double.MAX_VALUE);
  }

  /** {@code -log x - log sigma - log sqrt(2 pi) - (log x - mu)^2 / (2 sigma^2)}. */
  @Override
  public double logDensity(double x) {
    return real(logDensity(DoubleNum.INSTANCE, num(x), num(mu), num(sigma)));
  }

  /** The log density written once over any {@link Num}; see the instance method. */
  public static long logDensity(Num n, long x, long mu, long sigma) {
    double xv = n.value(x);
    if (!(xv > 0 && xv < Double.POSITIVE_INFINITY)) {
      return n.constant(Double.NEGATIVE_INFINITY);
    }
    long logX = n.log(x);
    long z = n.div(n.sub(logX, mu), sigma);
    return n.plus(n.sub(n.sub(n.mul(n.times(z, -0.5), z), logX), n.log(sigma)),
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
    return "lognormal";
  }

  @Override
  public OptionalDouble mean() {
    return finite(Math.exp(mu + 0.5 * sigma * sigma));
  }

  @Override
  public OptionalDouble variance() {
    double s2 = sigma * sigma;
    return finite(Math.expm1(s2) * Math.exp(2 * mu + s2));
  }

  private static OptionalDouble finite(double value) {
    return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
  }

  @Override
  public double cdf(double x) {
    return x <= 0 ? 0.0 : NormalCdf.cdf((Math.log(x) - mu) / sigma);
  }

  @Override
  public double logCdf(double x) {
    return x <= 0 ? Double.NEGATIVE_INFINITY : NormalCdf.logCdf((Math.log(x) - mu) / sigma);
  }

  @Override
  public double logCcdf(double x) {
    return x <= 0 ? 0.0 : NormalCdf.logCcdf((Math.log(x) - mu) / sigma);
  }

  @Override
  public double quantile(double p) {
    return Math.exp(mu + sigma * NormalCdf.quantile(p));
  }
}
