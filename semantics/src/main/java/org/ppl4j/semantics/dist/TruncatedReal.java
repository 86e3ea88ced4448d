package org.ppl4j.semantics.dist;

import org.ppl4j.semantics.random.Rng;

/**
 * A continuous distribution restricted to [{@code lo}, {@code hi}] and renormalised
 * ({@code truncated(D, lo, hi)}, LANGUAGE.md §9.2): density {@code p(x) / (F(hi) - F(lo))}
 * inside, {@code -inf} outside. Draws by inverse cdf: {@code u} uniform between the cdf's
 * values at the ends, mapped by the family's quantile, or, in a far tail where the quantile
 * would lose precision, by bisection on the log cdf (or log survival function).
 *
 * @param base the family's distribution, with a cdf
 * @param lo the lower end ({@code -inf} for none)
 * @param hi the upper end ({@code inf} for none)
 * @param logMass {@code log(F(hi) - F(lo))}, finite
 */
public record TruncatedReal(RealDistribution base, double lo, double hi, double logMass)
    implements RealDistribution {

  /**
   * {@code base} truncated to [{@code lo}, {@code hi}].
   *
   * @throws IllegalArgumentException when {@code base} has no cdf, when {@code lo >= hi} or
   *     either is NaN, or when the interval has no mass
   */
  public static TruncatedReal of(RealDistribution base, double lo, double hi) {
    Cumulative c = TruncatedInt.cumulative(base, lo, hi);
    double logMass = Truncation.logMass(c, lo, hi);
    if (logMass == Double.NEGATIVE_INFINITY || Double.isNaN(logMass)) {
      throw new IllegalArgumentException("truncated: '" + base.name() + "' has no mass in ["
          + lo + ", " + hi + "]");
    }
    return new TruncatedReal(base, lo, hi, logMass);
  }

  private Cumulative cdf() {
    return (Cumulative) base;
  }

  @Override
  public Double sample(Rng rng) {
    double u = rng.nextDouble();
    Cumulative c = cdf();
    double x;
    if (Truncation.upperTail(c, lo)) {
      double logSa = c.logCcdf(lo);
      double logSb = hi == Double.POSITIVE_INFINITY ? Double.NEGATIVE_INFINITY : c.logCcdf(hi);
      double target = logSa + Math.log1p(-u * -Math.expm1(logSb - logSa));
      x = Math.exp(target) > 1e-8 ? c.quantile(-Math.expm1(target))
          : Truncation.invert(c::logCcdf, target, lo, hi, false);
    } else {
      double logFa = lo == Double.NEGATIVE_INFINITY ? Double.NEGATIVE_INFINITY : c.logCdf(lo);
      double logFb = hi == Double.POSITIVE_INFINITY ? 0.0 : c.logCdf(hi);
      double target = logFb + Math.log1p(-u * -Math.expm1(logFa - logFb));
      x = Math.exp(target) > 1e-8 ? c.quantile(Math.exp(target))
          : Truncation.invert(c::logCdf, target, lo, hi, true);
    }
    return Math.min(hi, Math.max(lo, x));
  }

  @Override
  public double logDensity(double x) {
    return x < lo || x > hi ? Double.NEGATIVE_INFINITY : base.logDensity(x) - logMass;
  }

  @Override
  public boolean inSupport(double x) {
    return x >= lo && x <= hi && base.inSupport(x);
  }

  /** The base's support intersected with [{@code lo}, {@code hi}]. */
  @Override
  public Support support() {
    double[] ends = ends(base.support());
    double a = Math.max(lo, ends[0]);
    double b = Math.min(hi, ends[1]);
    if (a > Double.NEGATIVE_INFINITY && b < Double.POSITIVE_INFINITY) {
      return new Support.Interval(a, b);
    } else if (a > Double.NEGATIVE_INFINITY) {
      return new Support.LowerBounded(a);
    } else if (b < Double.POSITIVE_INFINITY) {
      return new Support.UpperBounded(b);
    }
    return new Support.RealLine();
  }

  /** The ends of a continuous scalar support. */
  public static double[] ends(Support s) {
    if (s instanceof Support.LowerBounded l) {
      return new double[] {l.lower(), Double.POSITIVE_INFINITY};
    } else if (s instanceof Support.Interval i) {
      return new double[] {i.lower(), i.upper()};
    } else if (s instanceof Support.UpperBounded u) {
      return new double[] {Double.NEGATIVE_INFINITY, u.upper()};
    }
    return new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
  }

  @Override
  public String name() {
    return "truncated";
  }
}
