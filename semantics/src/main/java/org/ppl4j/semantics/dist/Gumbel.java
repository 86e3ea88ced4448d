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
 * The Gumbel (type-I extreme value) distribution {@code gumbel(mu, beta)} on the real line:
 * the law of the maximum of many independent light-tailed draws, density
 * {@code exp(-z - e^-z) / beta} with {@code z = (x - mu) / beta}.
 *
 * @param mu location (the mode), finite
 * @param beta scale, &gt; 0 and finite
 */
public record Gumbel(double mu, double beta)
    implements RealDistribution, Cumulative, LocationScale {
  /** The family gumbel: its parameters, constructor and log density. */
  public static final FamilyDescription FAMILY = new FamilyDescription("gumbel", ValueType.REAL,
      List.of(parameter("mu", Domain.FINITE), parameter("beta", Domain.POSITIVE)),
      a -> new Gumbel(a.real(0), a.real(1)),
      (n, x, p) -> Gumbel.logDensity(n, x[0], p.get(0)[0], p.get(1)[0]));

  /** Validates the parameters. */
  public Gumbel {
    Parameters.finite("gumbel", "mu", mu);
    Parameters.positive("gumbel", "beta", beta);
  }

  /** Inversion: {@code mu - beta log(-log U)}, U uniform on (0, 1) (a draw of 0 is redrawn). */
  @Override
  public Double sample(Rng rng) {
    double u = rng.nextDouble();
    while (u == 0) {
      u = rng.nextDouble();
    }
    return mu - beta * Math.log(-Math.log(u));
  }

  /** {@code -log beta - z - e^-z} with {@code z = (x - mu) / beta}. */
  @Override
  public double logDensity(double x) {
    return real(logDensity(DoubleNum.INSTANCE, num(x), num(mu), num(beta)));
  }

  /** The log density written once over any {@link Num}; see the instance method. */
  public static long logDensity(Num n, long x, long mu, long beta) {
    if (!Double.isFinite(n.value(x))) {
      return n.constant(Double.NEGATIVE_INFINITY);
    }
    long z = n.div(n.sub(x, mu), beta);
    return n.sub(n.sub(n.neg(n.log(beta)), z), n.exp(n.neg(z)));
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
    return "gumbel";
  }

  /** {@code mu + beta gamma}, gamma the Euler-Mascheroni constant. */
  @Override
  public OptionalDouble mean() {
    return OptionalDouble.of(mu + beta * SpecialFunctions.EULER_GAMMA);
  }

  /** {@code pi^2 beta^2 / 6}. */
  @Override
  public OptionalDouble variance() {
    return OptionalDouble.of(Math.PI * Math.PI * beta * beta / 6);
  }

  @Override
  public double cdf(double x) {
    return Math.exp(logCdf(x));
  }

  @Override
  public double logCdf(double x) {
    return -Math.exp(-(x - mu) / beta);
  }

  @Override
  public double logCcdf(double x) {
    return Cumulative.log1mExp(logCdf(x));
  }

  @Override
  public double quantile(double p) {
    return mu - beta * Math.log(-Math.log(p));
  }

  @Override
  public double location() {
    return mu;
  }

  @Override
  public double scale() {
    return beta;
  }
}
