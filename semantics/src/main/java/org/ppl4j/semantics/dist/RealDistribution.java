package org.ppl4j.semantics.dist;

/**
 * A distribution over the reals (or a subset of them) with a density with respect to Lebesgue
 * measure, offering an unboxed {@link #logDensity(double)} for inner loops.
 */
public interface RealDistribution extends Distribution<Double> {

  /** The log density at {@code x}; negative infinity outside the support (and at NaN). */
  double logDensity(double x);

  /** Whether {@code x} lies in the (open) support; never for NaN or infinities. */
  boolean inSupport(double x);

  @Override
  default double logDensity(Double x) {
    return logDensity(x.doubleValue());
  }

  @Override
  default boolean inSupport(Double x) {
    return inSupport(x.doubleValue());
  }
}
