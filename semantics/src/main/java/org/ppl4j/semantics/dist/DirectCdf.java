package org.ppl4j.semantics.dist;

/**
 * A {@link Cumulative} family whose cdf is computed directly (a regularized gamma or beta
 * function, a closed form) and whose log cdf is its logarithm, {@code log(cdf(x))}: the families
 * with no more accurate form of the lower tail write {@link #cdf} only. (A family with an
 * accurate log cdf implements {@link Cumulative} and gets {@code cdf = exp(logCdf)} instead.)
 */
public interface DirectCdf extends Cumulative {

  @Override
  double cdf(double x);

  /** {@code log(cdf(x))}. */
  @Override
  default double logCdf(double x) {
    return Math.log(cdf(x));
  }
}
