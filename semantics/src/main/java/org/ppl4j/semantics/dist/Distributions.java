package org.ppl4j.semantics.dist;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.ppl4j.semantics.math.Cholesky;

/**
 * Validated factories for every distribution of the language (LANGUAGE.md §6), one per
 * constructor, named as in Java ({@code studentT} for {@code student_t}).
 *
 * <p>Each factory throws {@link IllegalArgumentException} for a parameter outside its domain
 * (NaN included), with a message naming the distribution, the parameter (by its language
 * name), the constraint and the value, e.g. {@code normal: parameter 'sigma' must be > 0, got
 * -1.0}. The compiler adds the source location.
 */
public final class Distributions {
  /** The language names of all distribution constructors, in {@link Family} order. */
  public static final List<String> NAMES =
      Arrays.stream(Family.values()).map(Family::languageName).toList();

  private Distributions() {}

  /** {@code normal(mu, sigma)}: mu finite, sigma &gt; 0. */
  public static Normal normal(double mu, double sigma) {
    return new Normal(mu, sigma);
  }

  /** {@code lognormal(mu, sigma)}: mu finite, sigma &gt; 0 (parameters of the log). */
  public static LogNormal lognormal(double mu, double sigma) {
    return new LogNormal(mu, sigma);
  }

  /** {@code student_t(nu, mu, sigma)}: nu &gt; 0, mu finite, sigma &gt; 0. */
  public static StudentT studentT(double nu, double mu, double sigma) {
    return new StudentT(nu, mu, sigma);
  }

  /** {@code cauchy(loc, scale)}: loc finite, scale &gt; 0. */
  public static Cauchy cauchy(double loc, double scale) {
    return new Cauchy(loc, scale);
  }

  /** {@code laplace(loc, scale)}: loc finite, scale &gt; 0. */
  public static Laplace laplace(double loc, double scale) {
    return new Laplace(loc, scale);
  }

  /** {@code uniform(lo, hi)}: finite, lo &lt; hi. */
  public static Uniform uniform(double lo, double hi) {
    return new Uniform(lo, hi);
  }

  /** {@code beta(a, b)}: a, b &gt; 0. */
  public static Beta beta(double a, double b) {
    return new Beta(a, b);
  }

  /** {@code gamma(shape, rate)}: shape, rate &gt; 0. */
  public static Gamma gamma(double shape, double rate) {
    return new Gamma(shape, rate);
  }

  /** {@code inv_gamma(shape, scale)}: shape, scale &gt; 0. */
  public static InvGamma invGamma(double shape, double scale) {
    return new InvGamma(shape, scale);
  }

  /** {@code exponential(rate)}: rate &gt; 0. */
  public static Exponential exponential(double rate) {
    return new Exponential(rate);
  }

  /** {@code half_normal(sigma)}: sigma &gt; 0. */
  public static HalfNormal halfNormal(double sigma) {
    return new HalfNormal(sigma);
  }

  /** {@code half_cauchy(scale)}: scale &gt; 0. */
  public static HalfCauchy halfCauchy(double scale) {
    return new HalfCauchy(scale);
  }

  /** {@code bernoulli(p)}: p in [0, 1]. */
  public static Bernoulli bernoulli(double p) {
    return new Bernoulli(p);
  }

  /** {@code binomial(n, p)}: n &gt;= 0, p in [0, 1]. */
  public static Binomial binomial(int n, double p) {
    return new Binomial(n, p);
  }

  /** {@code poisson(rate)}: rate &gt;= 0. */
  public static Poisson poisson(double rate) {
    return new Poisson(rate);
  }

  /** {@code geometric(p)}: failures before the first success, p in (0, 1]. */
  public static Geometric geometric(double p) {
    return new Geometric(p);
  }

  /** {@code neg_binomial(r, p)}: failures before the r-th success, r &gt; 0 real, p in (0, 1]. */
  public static NegBinomial negBinomial(double r, double p) {
    return new NegBinomial(r, p);
  }

  /**
   * {@code categorical(ps)}: weights finite and &gt;= 0, not all zero, normalised to sum to 1.
   */
  public static Categorical categorical(double[] ps) {
    return new Categorical(present("categorical", "ps", ps));
  }

  /** {@code uniform_int(lo, hi)}: integers lo..hi-1, hi &gt; lo. */
  public static UniformInt uniformInt(int lo, int hi) {
    return new UniformInt(lo, hi);
  }

  /** {@code dirichlet(alphas)}: at least one concentration, each &gt; 0. */
  public static Dirichlet dirichlet(double[] alphas) {
    return new Dirichlet(present("dirichlet", "alphas", alphas));
  }

  /**
   * {@code mv_normal(mean, cov)}: finite mean of length d &gt;= 1, cov a d x d symmetric
   * positive-definite matrix (checked by Cholesky factorisation).
   */
  public static MvNormal mvNormal(double[] mean, double[][] cov) {
    present("mv_normal", "mean", mean);
    present("mv_normal", "cov", cov);
    for (double[] row : cov) {
      present("mv_normal", "cov", row);
    }
    Cholesky factor;
    try {
      factor = Cholesky.of(cov);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("mv_normal: parameter 'cov' " + e.getMessage(), e);
    }
    return new MvNormal(mean, factor);
  }

  private static <A> A present(String distribution, String parameter, A value) {
    return Objects.requireNonNull(value,
        () -> distribution + ": parameter '" + parameter + "' is missing");
  }
}
