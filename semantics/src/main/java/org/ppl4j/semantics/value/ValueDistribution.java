package org.ppl4j.semantics.value;

import java.util.List;
import org.ppl4j.semantics.ad.AdReal;
import org.ppl4j.semantics.dist.Distribution;
import org.ppl4j.semantics.dist.Family;

/**
 * A distribution value of the language over {@link Value}s: one made by a family's constructor
 * (LANGUAGE.md §6, vectorised over arrays by §9.2), {@code iid(D, n)} or
 * {@code truncated(D, lo, hi)}. Each keeps what made it inspectable, so that its log density
 * can be recomputed with derivatives ({@link #logDensityAd}) when gradient-based inference
 * runs the program on a tape.
 */
public sealed interface ValueDistribution extends Distribution<Value>
    permits FamilyDistribution, IidDistribution, TruncatedDistribution {

  /** The family (for {@code iid} and {@code truncated}: the family of the distribution inside). */
  Family kind();

  /** The arguments as written, in order. */
  List<Value> args();

  /** Whether a parameter (an argument, or one inside) carries a derivative. */
  boolean hasDerivativeParameters();

  /**
   * The log density at {@code x} with its derivative with respect to the parameters and
   * {@code x} (numbers or arrays of numbers, any of which may be {@link AdRealValue}s).
   */
  AdReal logDensityAd(Value x);

  /** Whether the log density at {@code x} carries a derivative. */
  default boolean involvesDerivatives(Value x) {
    return hasDerivativeParameters() || AdArith.anyDeep(new Value[] {x});
  }

  /**
   * The log density at {@code x} as a value: a {@code Real}, carrying its derivative
   * (an {@link AdRealValue}) when a parameter or {@code x} does (the {@code logpdf} builtin).
   */
  default Value logDensityValue(Value x) {
    return involvesDerivatives(x) ? AdArith.of(logDensityAd(x)) : new RealValue(logDensity(x));
  }

  /**
   * The log density at {@code x} for an {@code observe}'s score: its value, with its
   * derivative recorded for gradient-based inference when it has one (see
   * {@link AdArith#score(Value)}).
   */
  default double logDensityForScore(Value x) {
    return involvesDerivatives(x) ? AdArith.score(AdArith.of(logDensityAd(x))) : logDensity(x);
  }

  /** {@link FamilyDistribution#of}. */
  static FamilyDistribution of(Family kind, List<Value> args) {
    return FamilyDistribution.of(kind, args);
  }

  /** {@link FamilyDistribution#logDensity(Family, Value[], Value)}. */
  static double logDensity(Family kind, Value[] args, Value x) {
    return FamilyDistribution.logDensity(kind, args, x);
  }

  /** {@link FamilyDistribution#logDensity(Family, double[], Value)}. */
  static double logDensity(Family kind, double[] params, Value x) {
    return FamilyDistribution.logDensity(kind, params, x);
  }

  /** {@link FamilyDistribution#logDensity(Family, double, double, double, Value)}. */
  static double logDensity(Family kind, double p0, double p1, double p2, Value x) {
    return FamilyDistribution.logDensity(kind, p0, p1, p2, x);
  }

  /** {@link FamilyDistribution#logDensityForScore(Family, Value[], Value)}. */
  static double logDensityForScore(Family kind, Value[] args, Value x) {
    return FamilyDistribution.logDensityForScore(kind, args, x);
  }
}
