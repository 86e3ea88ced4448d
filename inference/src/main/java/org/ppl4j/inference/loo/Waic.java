package org.ppl4j.inference.loo;

/**
 * The widely applicable information criterion (Watanabe 2010) as Vehtari, Gelman and Gabry
 * (2017) compute it, and as R's {@code loo::waic}: for each element,
 * {@code lpd_i = log (1/S) Σ_s p(y_i | θ_s)}, {@code p_waic_i = Var_s log p(y_i | θ_s)} (sample
 * variance over the draws) and {@code elpd_waic_i = lpd_i - p_waic_i}.
 */
public final class Waic {

  /** A pointwise {@code p_waic_i} above this makes WAIC unreliable ({@code loo}'s warning). */
  public static final double MAX_RELIABLE_PENALTY = 0.4;

  private Waic() {}

  /** WAIC of {@code logLik}. */
  public static Elpd of(PointwiseLogLikelihood logLik) {
    int n = logLik.elements();
    double[] elpd = new double[n];
    double[] penalty = new double[n];
    for (int i = 0; i < n; i++) {
      double[] column = logLik.column(i);
      penalty[i] = variance(column);
      elpd[i] = LogSum.logMeanExp(column) - penalty[i];
    }
    return new Elpd(elpd, penalty);
  }

  /** The sample variance (denominator S - 1). */
  static double variance(double[] x) {
    double mean = Elpd.sum(x) / x.length;
    double squares = 0;
    for (double v : x) {
      squares += (v - mean) * (v - mean);
    }
    return squares / (x.length - 1);
  }
}
