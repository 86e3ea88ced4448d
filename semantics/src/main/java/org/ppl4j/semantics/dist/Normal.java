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
      (n, x, p) -> Normal.logDensity(n, x[0], p.get(0)[0], p.get(1)[0]))
      .withTerm((v, d, memo) -> Normal.term(v[2], v[0], v[1], d, memo));

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
    double[] d = new double[3];
    double value = term(xv, n.value(mu), n.value(sigma), d, null);
    return n.partials(value, x, d[2], mu, d[0], sigma, d[1]);
  }

  /**
   * The log density at {@code x} with its partials with respect to {@code mu}, {@code sigma}
   * and {@code x} written into {@code d[0..2]} when {@code d} is not null (Stan Math's
   * {@code normal_lpdf}): with {@code z = (x - mu) / sigma}, {@code d/dmu = z / sigma},
   * {@code d/dsigma = (z^2 - 1) / sigma}, {@code d/dx = -z / sigma}; {@code -inf} (partials 0)
   * at a non-finite {@code x}. With a {@code memo} ({@link ScalarTerm#logDensity}), {@code log
   * sigma} is kept in it for the next call with the same {@code sigma}.
   */
  static double term(double x, double mu, double sigma, double[] d, double[] memo) {
    if (!Double.isFinite(x)) {
      if (d != null) {
        d[0] = 0.0;
        d[1] = 0.0;
        d[2] = 0.0;
      }
      return Double.NEGATIVE_INFINITY;
    }
    double z = (x - mu) / sigma;
    double dx = -z / sigma;
    if (d != null) {
      d[0] = -dx;
      d[1] = (z * z - 1) / sigma;
      d[2] = dx;
    }
    double logSigma;
    if (memo == null) {
      logSigma = Math.log(sigma);
    } else {
      if (Double.doubleToRawLongBits(memo[0]) != Double.doubleToRawLongBits(sigma)) {
        memo[0] = sigma;
        memo[1] = Math.log(sigma);
      }
      logSigma = memo[1];
    }
    return -0.5 * z * z - logSigma - SpecialFunctions.LOG_SQRT_2PI;
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
