package org.ppl4j.semantics.ad;

/**
 * One tape node with any number of parents and hand-computed partials: how a vectorised log
 * density (the sum over its elements, as Stan's vectorised lpdfs) or a cdf with analytic
 * partials enters the tape as a single operation.
 */
public final class AdNode {
  private AdNode() {}

  /**
   * The number {@code value} with {@code d value / d parents[i] = partials[i]}; a constant when
   * every parent is. Parents may repeat (their partials add up in the reverse sweep).
   */
  public static AdReal of(double value, AdReal[] parents, double[] partials) {
    if (parents.length != partials.length) {
      throw new IllegalArgumentException("AdNode: " + parents.length + " parents, "
          + partials.length + " partials");
    }
    return Tape.nary(value, parents, partials);
  }
}
