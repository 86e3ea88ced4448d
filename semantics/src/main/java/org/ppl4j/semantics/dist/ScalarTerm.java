package org.ppl4j.semantics.dist;

/**
 * A scalar family's log density at plain numbers together with its partial derivatives, in
 * closed form: the fast path of a likelihood's inner loop (as Stan Math's hand-written
 * {@code normal_lpdf} partials), for the families that have one. It must give the value of
 * the family's {@link Density} and the derivatives that density's formula has
 * ({@code FamilyTermsTest} compares them on every family that has one); the parameters are
 * valid (the caller checked them).
 */
@FunctionalInterface
public interface ScalarTerm {

  /** The length of the scratch array {@link #logDensity} may use. */
  int MEMO = 4;

  /**
   * The log density at {@code v[arity]} with parameters {@code v[0..arity)}, writing the
   * partial with respect to {@code v[j]} into {@code partials[j]} when {@code partials} is not
   * null; {@code -inf} (partials 0) outside the support.
   *
   * @param memo {@value #MEMO} numbers the term may use to keep what it computed from a
   *     parameter for the next call (e.g. {@code log sigma} while consecutive elements share
   *     {@code sigma}), keyed by that parameter's exact value; all NaN at the start of a sum
   */
  double logDensity(double[] v, double[] partials, double[] memo);
}
