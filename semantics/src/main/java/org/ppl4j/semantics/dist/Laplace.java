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
 * The Laplace (double exponential) distribution {@code laplace(loc, scale)}.
 *
 * @param loc location (mean and median), finite
 * @param scale scale, &gt; 0 and finite
 */
public record Laplace(double loc, double scale)
    implements RealDistribution, Cumulative, LocationScale {
  /** The family laplace: its parameters, constructor and log density. */
  public static final FamilyDescription FAMILY = new FamilyDescription("laplace", ValueType.REAL,
      List.of(parameter("loc", Domain.FINITE), parameter("scale", Domain.POSITIVE)),
      a -> new Laplace(a.real(0), a.real(1)),
      (n, x, p) -> Laplace.logDensity(n, x[0], p.get(0)[0], p.get(1)[0]));

  /** Validates the parameters; see {@link Distributions#laplace}. */
  public Laplace {
    Parameters.finite("laplace", "loc", loc);
    Parameters.positive("laplace", "scale", scale);
  }

  /** Inverse CDF: {@code loc - scale sign(u) log(1 - 2|u|)}, u uniform on (-1/2, 1/2). */
  @Override
  public Double sample(Rng rng) {
    double u = OpenUniform.draw(rng) - 0.5;
    return loc - scale * Math.signum(u) * Math.log1p(-2 * Math.abs(u));
  }

  /** {@code -log(2 scale) - |x - loc| / scale}. */
  @Override
  public double logDensity(double x) {
    return real(logDensity(DoubleNum.INSTANCE, num(x), num(loc), num(scale)));
  }

  /** The log density written once over any {@link Num}; see the instance method. */
  public static long logDensity(Num n, long x, long loc, long scale) {
    if (!Double.isFinite(n.value(x))) {
      return n.constant(Double.NEGATIVE_INFINITY);
    }
    return n.sub(n.neg(n.log(n.times(scale, 2))), n.div(n.abs(n.sub(x, loc)), scale));
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
    return "laplace";
  }

  @Override
  public OptionalDouble mean() {
    return OptionalDouble.of(loc);
  }

  @Override
  public OptionalDouble variance() {
    return OptionalDouble.of(2 * scale * scale);
  }

  private static final double LOG_HALF = Math.log(0.5);

  @Override
  public double cdf(double x) {
    double z = (x - loc) / scale;
    return z < 0 ? 0.5 * Math.exp(z) : 1 - 0.5 * Math.exp(-z);
  }

  @Override
  public double logCdf(double x) {
    double z = (x - loc) / scale;
    return z < 0 ? LOG_HALF + z : Math.log1p(-0.5 * Math.exp(-z));
  }

  @Override
  public double logCcdf(double x) {
    double z = (x - loc) / scale;
    return z < 0 ? Math.log1p(-0.5 * Math.exp(z)) : LOG_HALF - z;
  }

  @Override
  public double quantile(double p) {
    return p < 0.5 ? loc + scale * Math.log(2 * p) : loc - scale * Math.log(2 - 2 * p);
  }

  @Override
  public double location() {
    return loc;
  }
}
