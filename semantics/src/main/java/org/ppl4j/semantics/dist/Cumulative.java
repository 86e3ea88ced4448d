package org.ppl4j.semantics.dist;

/**
 * The cumulative distribution function of a univariate family and its inverse, implemented
 * by the family's own record beside its density. For a discrete family {@code x} is read as
 * {@code floor(x)} (the cdf is a step function of the real line) and a quantile is the least
 * value {@code k} of the support with {@code cdf(k) >= p}. Booleans count as 0 and 1.
 *
 * <p>{@link #logCdf} and {@link #logCcdf} are accurate in the tails where the family's closed
 * form or the standard normal's continued fraction allows it ({@link org.ppl4j.semantics.math.NormalCdf}); families
 * computed through regularized gamma or beta functions (Commons Math) underflow to
 * {@code -inf} beyond double range.
 */
public interface Cumulative {

  /** {@code P(X <= x)}. */
  default double cdf(double x) {
    return Math.exp(logCdf(x));
  }

  /** {@code log P(X <= x)}. */
  double logCdf(double x);

  /** {@code log P(X > x)}. */
  double logCcdf(double x);

  /**
   * The least {@code x} with {@code P(X <= x) >= p}, for {@code p} in [0, 1] (the caller
   * checks): the support's lower end at 0, its upper end (possibly infinite) at 1.
   */
  double quantile(double p);

  /** {@code log(1 - e^a)} for {@code a <= 0}, accurately (Maechler 2012). */
  static double log1mExp(double a) {
    return a > -0.6931471805599453 ? Math.log(-Math.expm1(a)) : Math.log1p(-Math.exp(a));
  }
}
