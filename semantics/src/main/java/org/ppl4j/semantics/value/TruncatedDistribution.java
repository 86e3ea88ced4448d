package org.ppl4j.semantics.value;

import java.util.List;
import java.util.Optional;
import org.ppl4j.semantics.ad.AdReal;
import org.ppl4j.semantics.dist.Distribution;
import org.ppl4j.semantics.dist.Family;
import org.ppl4j.semantics.dist.IntDistribution;
import org.ppl4j.semantics.dist.RealDistribution;
import org.ppl4j.semantics.dist.Support;
import org.ppl4j.semantics.dist.TruncatedInt;
import org.ppl4j.semantics.dist.TruncatedReal;
import org.ppl4j.semantics.random.Rng;

/**
 * {@code truncated(D, lo, hi)} (LANGUAGE.md §9.2): a univariate family's distribution
 * restricted to [{@code lo}, {@code hi}] and renormalised; for a count family, to the integers
 * {@code ceil(lo)..floor(hi)}. {@code typed} is the {@link TruncatedReal} or
 * {@link TruncatedInt} that samples it; the log density with derivatives is the family's minus
 * the log mass computed from its differentiable log cdf ({@link CumulativeValues}).
 *
 * @param base the family's distribution (scalar arguments)
 * @param lo the lower end as written
 * @param hi the upper end as written
 * @param typed the truncated distribution
 */
public record TruncatedDistribution(FamilyDistribution base, Value lo, Value hi,
    Distribution<?> typed) implements ValueDistribution {

  /**
   * {@code truncated(base, lo, hi)}.
   *
   * @throws IllegalArgumentException when {@code base} is not a univariate family with a cdf
   *     (naming it), when an end is not a number, when {@code lo >= hi}, or when the interval
   *     has no mass
   */
  public static TruncatedDistribution of(ValueDistribution base, Value lo, Value hi) {
    if (!(base instanceof FamilyDistribution f) || f.isVectorised()) {
      throw new IllegalArgumentException("truncated: expects a distribution of one number,"
          + " got " + describe(base));
    }
    double a = DistributionArgs.real(lo, "truncated", "lo");
    double b = DistributionArgs.real(hi, "truncated", "hi");
    Distribution<?> typed;
    if (f.typed() instanceof RealDistribution r) {
      typed = TruncatedReal.of(r, a, b);
    } else if (f.typed() instanceof IntDistribution i) {
      typed = TruncatedInt.of(i, a, b);
    } else {
      throw new IllegalArgumentException("truncated: '" + f.name() + "' "
          + (f.kind().valueType() == org.ppl4j.semantics.dist.ValueType.BOOL
              ? "draws Bools, which cannot be truncated"
              : "has no cdf, so it cannot be truncated"));
    }
    return new TruncatedDistribution(f, lo, hi, typed);
  }

  private static String describe(ValueDistribution d) {
    if (d instanceof FamilyDistribution f) {
      return "'" + f.name() + "' over arrays of length " + f.length();
    }
    return "'" + d.name() + "'";
  }

  @Override
  public Family kind() {
    return base.kind();
  }

  @Override
  public List<Value> args() {
    return List.of(new DistributionValue(base), lo, hi);
  }

  @Override
  public String name() {
    return "truncated";
  }

  /** The log of the mass renormalised by. */
  public double logMass() {
    return typed instanceof TruncatedReal r ? r.logMass() : ((TruncatedInt) typed).logMass();
  }

  @Override
  public Value sample(Rng rng) {
    return FamilyDistribution.toValue(typed.sample(rng));
  }

  /** Whether {@code x} (a number) lies in [lo, hi]; for counts, in the integer range. */
  private boolean inRange(Value x) {
    double v = DistributionArgs.real(x, base.name(), "the observed value");
    if (typed instanceof TruncatedInt t) {
      return v >= t.lower() && v <= t.upper();
    }
    TruncatedReal r = (TruncatedReal) typed;
    return v >= r.lo() && v <= r.hi();
  }

  @Override
  public double logDensity(Value x) {
    return inRange(x) ? base.logDensity(x) - logMass() : Double.NEGATIVE_INFINITY;
  }

  @Override
  public boolean inSupport(Value x) {
    return inRange(x) && base.inSupport(x);
  }

  @Override
  public Support support() {
    return typed.support();
  }

  @Override
  public Optional<List<Value>> finiteSupport() {
    return typed.finiteSupport().map(xs -> xs.stream().map(FamilyDistribution::toValue).toList());
  }

  @Override
  public boolean hasDerivativeParameters() {
    return base.hasDerivativeParameters() || lo instanceof AdRealValue
        || hi instanceof AdRealValue;
  }

  @Override
  public AdReal logDensityAd(Value x) {
    if (!inRange(x)) {
      return AdReal.constant(Double.NEGATIVE_INFINITY);
    }
    return base.logDensityAd(x).minus(CumulativeValues.logMassAd(this));
  }
}
