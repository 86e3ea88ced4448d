package org.ppl4j.semantics.dist;

/**
 * A distribution over the integers (log mass with respect to counting measure), offering an
 * unboxed {@link #logDensity(int)}.
 */
public interface IntDistribution extends Distribution<Integer> {

  /** The log mass at {@code k}; negative infinity outside the support. */
  double logDensity(int k);

  /** Whether {@code k} lies in the support. */
  boolean inSupport(int k);

  @Override
  default double logDensity(Integer k) {
    return logDensity(k.intValue());
  }

  @Override
  default boolean inSupport(Integer k) {
    return inSupport(k.intValue());
  }
}
