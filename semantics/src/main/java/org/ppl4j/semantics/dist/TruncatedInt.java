package org.ppl4j.semantics.dist;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ppl4j.semantics.random.Rng;

/**
 * A distribution over the integers restricted to {@code lower..upper} inclusive and
 * renormalised ({@code truncated(D, lo, hi)} of a count family: {@code lower = ceil(lo)},
 * {@code upper = floor(hi)}, intersected with the family's support); mass
 * {@code p(k) / (F(upper) - F(lower - 1))} inside. Draws by the inverse cdf, walking the
 * masses when the range is short or far in the upper tail.
 *
 * @param base the family's distribution, with a cdf
 * @param lower the least value
 * @param upper the greatest value ({@link Long#MAX_VALUE}: none)
 * @param logMass {@code log(F(upper) - F(lower - 1))}, finite
 */
public record TruncatedInt(IntDistribution base, long lower, long upper, double logMass)
    implements IntDistribution {

  private static final long WALK = 10_000;

  /**
   * {@code base} truncated to the integers in [{@code lo}, {@code hi}].
   *
   * @throws IllegalArgumentException as {@link TruncatedReal#of}
   */
  public static TruncatedInt of(IntDistribution base, double lo, double hi) {
    Cumulative c = cumulative(base, lo, hi);
    Support.Integers s = (Support.Integers) base.support();
    long lower = Math.max(s.lower(), lo == Double.NEGATIVE_INFINITY ? Long.MIN_VALUE
        : (long) Math.max(Math.ceil(lo), -1e18));
    long upper = Math.min(s.upper(), hi == Double.POSITIVE_INFINITY ? Long.MAX_VALUE
        : (long) Math.min(Math.floor(hi), 1e18));
    double logMass = lower > upper ? Double.NEGATIVE_INFINITY
        : Truncation.logMass(c, lower - 1.0,
            upper == Long.MAX_VALUE ? Double.POSITIVE_INFINITY : upper);
    if (logMass == Double.NEGATIVE_INFINITY || Double.isNaN(logMass)) {
      throw new IllegalArgumentException("truncated: '" + base.name() + "' has no mass in ["
          + lo + ", " + hi + "]");
    }
    return new TruncatedInt(base, lower, upper, logMass);
  }

  /** {@code base}'s cdf after checking the ends. */
  static Cumulative cumulative(Distribution<?> base, double lo, double hi) {
    if (!(base instanceof Cumulative c)) {
      throw new IllegalArgumentException("truncated: '" + base.name()
          + "' has no cdf, so it cannot be truncated");
    }
    if (Double.isNaN(lo) || Double.isNaN(hi) || !(lo < hi)) {
      throw new IllegalArgumentException("truncated: the lower end must be less than the upper"
          + " end, got lo = " + lo + ", hi = " + hi);
    }
    return c;
  }

  @Override
  public Integer sample(Rng rng) {
    double u = rng.nextDouble();
    Cumulative c = (Cumulative) base;
    boolean shortRange = upper != Long.MAX_VALUE && upper - lower < WALK;
    if (shortRange || Truncation.upperTail(c, lower - 1.0)) {
      double left = u;
      long last = upper == Long.MAX_VALUE ? lower + 100 * WALK * WALK : upper;
      for (long k = lower; k < last; k++) {
        left -= Math.exp(base.logDensity((int) k) - logMass);
        if (left < 0) {
          return (int) k;
        }
      }
      return (int) last;
    }
    double fa = lower == Long.MIN_VALUE ? 0.0 : c.cdf(lower - 1.0);
    double k = c.quantile(fa + u * Math.exp(logMass));
    return (int) Math.max(lower, Math.min(upper, k));
  }

  @Override
  public double logDensity(int k) {
    return k < lower || k > upper ? Double.NEGATIVE_INFINITY : base.logDensity(k) - logMass;
  }

  @Override
  public boolean inSupport(int k) {
    return k >= lower && k <= upper && base.inSupport(k);
  }

  @Override
  public Support support() {
    return new Support.Integers(lower, upper);
  }

  @Override
  public Optional<List<Integer>> finiteSupport() {
    if (upper == Long.MAX_VALUE || upper - lower >= Product.MAX_ENUMERATED) {
      return Optional.empty();
    }
    List<Integer> out = new ArrayList<>();
    for (long k = lower; k <= upper; k++) {
      if (base.logDensity((int) k) > Double.NEGATIVE_INFINITY) {
        out.add((int) k);
      }
    }
    return Optional.of(List.copyOf(out));
  }

  @Override
  public String name() {
    return "truncated";
  }
}
