package org.ppl4j.inference.loo;

/**
 * An estimate of the expected log pointwise predictive density of new data (elpd; Vehtari,
 * Gelman and Gabry 2017, "Practical Bayesian model evaluation using leave-one-out
 * cross-validation and WAIC", Statistics and Computing 27), from its n pointwise terms:
 * {@code elpd = Σ elpd_i} with standard error {@code sqrt(n Var(elpd_i))}, and the effective
 * number of parameters {@code p = Σ p_i} with {@code sqrt(n Var(p_i))} (sample variances with
 * {@code n - 1}), as R's {@code loo} reports them.
 *
 * @param pointwise the n terms {@code elpd_i}
 * @param penalties the n terms {@code p_i} ({@code p_loo} or {@code p_waic})
 */
public record Elpd(double[] pointwise, double[] penalties) {

  /** Requires as many penalties as terms, at least one; copies both. */
  public Elpd {
    if (pointwise.length == 0 || pointwise.length != penalties.length) {
      throw new IllegalArgumentException("elpd needs n >= 1 terms and as many penalties, got "
          + pointwise.length + " and " + penalties.length);
    }
    pointwise = pointwise.clone();
    penalties = penalties.clone();
  }

  /** The n terms (a copy). */
  @Override
  public double[] pointwise() {
    return pointwise.clone();
  }

  /** The n penalty terms (a copy). */
  @Override
  public double[] penalties() {
    return penalties.clone();
  }

  /** {@code Σ elpd_i}. */
  public double estimate() {
    return sum(pointwise);
  }

  /** The standard error of {@link #estimate()}: {@code sqrt(n Var(elpd_i))}. */
  public double se() {
    return standardErrorOfSum(pointwise);
  }

  /** The effective number of parameters {@code Σ p_i}. */
  public double penalty() {
    return sum(penalties);
  }

  /** The standard error of {@link #penalty()}. */
  public double penaltySe() {
    return standardErrorOfSum(penalties);
  }

  /** The information criterion on the deviance scale, {@code -2 elpd} (looic, waic). */
  public double informationCriterion() {
    return -2 * estimate();
  }

  /**
   * {@code sqrt(n Var(x_i))} with the sample variance (denominator {@code n - 1}): the standard
   * error of {@code Σ x_i} that {@code loo} reports (0 for n = 1).
   */
  static double standardErrorOfSum(double[] x) {
    int n = x.length;
    if (n < 2) {
      return 0;
    }
    double mean = sum(x) / n;
    double squares = 0;
    for (double v : x) {
      squares += (v - mean) * (v - mean);
    }
    return Math.sqrt(n * squares / (n - 1));
  }

  static double sum(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    return s;
  }
}
