package org.ppl4j.semantics.dist;

import static org.ppl4j.semantics.dist.FamilyDescription.parameter;
import static org.ppl4j.semantics.math.DoubleNum.num;
import static org.ppl4j.semantics.math.DoubleNum.real;

import java.util.List;
import org.ppl4j.semantics.math.DoubleNum;
import org.ppl4j.semantics.math.Num;
import org.ppl4j.semantics.math.SpecialFunctions;
import org.ppl4j.semantics.random.Rng;

/**
 * The Cauchy distribution {@code cauchy(loc, scale)} on the real line; it has no mean.
 *
 * @param loc location (median), finite
 * @param scale half width at half maximum, &gt; 0 and finite
 */
public record Cauchy(double loc, double scale)
    implements RealDistribution, Cumulative, LocationScale {
  /** The family cauchy: its parameters, constructor and log density. */
  public static final FamilyDescription FAMILY = new FamilyDescription("cauchy", ValueType.REAL,
      List.of(parameter("loc", Domain.FINITE), parameter("scale", Domain.POSITIVE)),
      a -> new Cauchy(a.real(0), a.real(1)),
      (n, x, p) -> Cauchy.logDensity(n, x[0], p.get(0)[0], p.get(1)[0]));

  /** Validates the parameters; see {@link Distributions#cauchy}. */
  public Cauchy {
    Parameters.finite("cauchy", "loc", loc);
    Parameters.positive("cauchy", "scale", scale);
  }

  /** Inverse CDF: {@code loc + scale tan(pi (U - 1/2))}, U uniform on (0, 1). */
  @Override
  public Double sample(Rng rng) {
    return loc + scale * Math.tan(Math.PI * (OpenUniform.draw(rng) - 0.5));
  }

  /** {@code -log(pi scale) - log(1 + z^2)}. */
  @Override
  public double logDensity(double x) {
    return real(logDensity(DoubleNum.INSTANCE, num(x), num(loc), num(scale)));
  }

  /** The log density written once over any {@link Num}; see the instance method. */
  public static long logDensity(Num n, long x, long loc, long scale) {
    if (!Double.isFinite(n.value(x))) {
      return n.constant(Double.NEGATIVE_INFINITY);
    }
    long z = n.div(n.sub(x, loc), scale);
    return n.sub(n.neg(n.log(n.times(scale, Math.PI))), n.log1pSquared(z));
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
    return "cauchy";
  }

  /** {@code P(X <= x)} for {@code z = (x - loc) / scale <= 0}: {@code atan2(1, -z) / pi}. */
  private static double lower(double z) {
    return Math.atan2(1.0, -z) / Math.PI;
  }

  @Override
  public double cdf(double x) {
    double z = (x - loc) / scale;
    return z <= 0 ? lower(z) : 1 - lower(-z);
  }

  @Override
  public double logCdf(double x) {
    double z = (x - loc) / scale;
    return z <= 0 ? Math.log(lower(z)) : Math.log1p(-lower(-z));
  }

  @Override
  public double logCcdf(double x) {
    double z = (loc - x) / scale;
    return z <= 0 ? Math.log(lower(z)) : Math.log1p(-lower(-z));
  }

  @Override
  public double quantile(double p) {
    if (p == 0 || p == 1) {
      return p == 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    return loc + scale * Math.tan(Math.PI * (p - 0.5));
  }

  @Override
  public double location() {
    return loc;
  }
}
