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
 * Student's t distribution {@code student_t(nu, mu, sigma)} on the real line, located at
 * {@code mu} and scaled by {@code sigma}.
 *
 * @param nu degrees of freedom, &gt; 0 and finite
 * @param mu location, finite
 * @param sigma scale, &gt; 0 and finite
 */
public record StudentT(double nu, double mu, double sigma) implements RealDistribution, Cumulative {
  /** The family student_t: its parameters, constructor and log density. */
  public static final FamilyDescription FAMILY = new FamilyDescription(
      "student_t", ValueType.REAL,
      List.of(parameter("nu", Domain.POSITIVE), parameter("mu", Domain.FINITE),
          parameter("sigma", Domain.POSITIVE)),
      a -> new StudentT(a.real(0), a.real(1), a.real(2)),
      (n, x, p) -> StudentT.logDensity(n, x[0], p.get(0)[0], p.get(1)[0], p.get(2)[0]));

  /** Validates the parameters; see {@link Distributions#studentT}. */
  public StudentT {
    Parameters.positive("student_t", "nu", nu);
    Parameters.finite("student_t", "mu", mu);
    Parameters.positive("student_t", "sigma", sigma);
  }

  /**
   * {@code mu + sigma Z / sqrt(V / nu)}, Z standard normal, V chi-square with nu degrees
   * (twice a gamma(nu / 2) draw, taken in log space). For tiny nu the exact draw can exceed
   * the doubles; it is then clamped to the largest finite double of its sign.
   */
  @Override
  public Double sample(Rng rng) {
    double logHalfChiSquare = GammaSampler.logStandard(rng, nu / 2);
    double z = rng.nextGaussian();
    if (z == 0) {
      return mu;
    }
    double logScale = 0.5 * (Math.log(nu / 2) - logHalfChiSquare) + Math.log(sigma);
    double x = mu + Math.signum(z) * Math.exp(logScale + Math.log(Math.abs(z)));
    return Math.max(-Double.MAX_VALUE, Math.min(Double.MAX_VALUE, x));
  }

  /**
   * {@code lgamma((nu+1)/2) - lgamma(nu/2) - log(nu pi)/2 - log sigma
   * - (nu+1)/2 log(1 + z^2/nu)}.
   */
  @Override
  public double logDensity(double x) {
    return real(logDensity(DoubleNum.INSTANCE, num(x), num(nu), num(mu), num(sigma)));
  }

  /** The log density written once over any {@link Num}; see the instance method. */
  public static long logDensity(Num n, long x, long nu, long mu, long sigma) {
    if (!Double.isFinite(n.value(x))) {
      return n.constant(Double.NEGATIVE_INFINITY);
    }
    long z = n.div(n.sub(x, mu), sigma);
    long halfNuPlusHalf = n.over(n.plus(nu, 1), 2);
    long constant = n.sub(n.sub(n.sub(n.lgamma(halfNuPlusHalf), n.lgamma(n.over(nu, 2))),
        n.times(n.log(n.times(nu, Math.PI)), 0.5)), n.log(sigma));
    return n.sub(constant, n.mul(halfNuPlusHalf, n.log1pSquared(n.div(z, n.sqrt(nu)))));
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
    return "student_t";
  }

  /** {@code mu} when {@code nu > 1}. */
  @Override
  public OptionalDouble mean() {
    return nu > 1 ? OptionalDouble.of(mu) : OptionalDouble.empty();
  }

  /** {@code sigma^2 nu / (nu - 2)} when {@code nu > 2}. */
  @Override
  public OptionalDouble variance() {
    return nu > 2 ? OptionalDouble.of(sigma * sigma * nu / (nu - 2)) : OptionalDouble.empty();
  }

  /** {@code P(T > |t|)} for the standard t: {@code I_{nu/(nu+t^2)}(nu/2, 1/2) / 2}. */
  private double tail(double t) {
    if (Double.isInfinite(t)) {
      return 0.0;
    }
    return 0.5 * Regularized.beta(nu / (nu + t * t), 0.5 * nu, 0.5);
  }

  @Override
  public double cdf(double x) {
    double t = (x - mu) / sigma;
    return t < 0 ? tail(t) : 1 - tail(t);
  }

  @Override
  public double logCdf(double x) {
    double t = (x - mu) / sigma;
    return t < 0 ? Math.log(tail(t)) : Math.log1p(-tail(t));
  }

  @Override
  public double logCcdf(double x) {
    double t = (x - mu) / sigma;
    return t > 0 ? Math.log(tail(t)) : Math.log1p(-tail(t));
  }

  @Override
  public double quantile(double p) {
    if (p == 0 || p == 1) {
      return p == 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    return Regularized.polish(this, mu + sigma * Regularized.tQuantile(nu, p), p);
  }
}
