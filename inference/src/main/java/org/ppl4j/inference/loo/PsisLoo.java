package org.ppl4j.inference.loo;

import org.ppl4j.inference.diagnostics.ParetoSmoothing;

/**
 * Leave-one-out cross-validation by Pareto-smoothed importance sampling (PSIS-LOO; Vehtari,
 * Gelman and Gabry 2017; Vehtari, Simpson, Gelman, Yao and Gabry 2024), as R's {@code loo}
 * 2.x computes it with {@code r_eff = 1}: for each element i, the ratios
 * {@code 1 / p(y_i | θ_s)} of the leave-one-out posterior to the posterior are smoothed by
 * {@link ParetoSmoothing} (truncated at the largest raw ratio,
 * {@link ParetoSmoothing.Truncation#RAW_MAXIMUM}), and with the normalised smoothed weights
 * {@code w_s}, {@code elpd_loo_i = log Σ_s w_s p(y_i | θ_s)};
 * {@code p_loo_i = lpd_i - elpd_loo_i}. The smoothing's shape {@code k̂_i} says whether element
 * i's estimate can be trusted (above {@value ParetoSmoothing#MAX_RELIABLE_K} it cannot: the
 * element is too influential for importance sampling).
 *
 * <p>{@code r_eff = 1} (the tail length {@code ceil(min(S/5, 3 sqrt S))}) treats the draws as
 * independent; with autocorrelated MCMC draws it only changes the tail length, and the
 * reference test passes the same {@code r_eff = 1} to R.
 */
public final class PsisLoo {
  private PsisLoo() {}

  /**
   * The result.
   *
   * @param elpd {@code elpd_loo} with its pointwise terms and {@code p_loo}
   * @param paretoK per element, {@code k̂_i}
   */
  public record Result(Elpd elpd, double[] paretoK) {
    /** Copies the shapes. */
    public Result {
      paretoK = paretoK.clone();
    }

    /** Per element, {@code k̂_i} (a copy). */
    @Override
    public double[] paretoK() {
      return paretoK.clone();
    }

    /** The elements whose {@code k̂} is above {@link ParetoSmoothing#MAX_RELIABLE_K}. */
    public int[] unreliable() {
      return java.util.stream.IntStream.range(0, paretoK.length)
          .filter(i -> !(paretoK[i] <= ParetoSmoothing.MAX_RELIABLE_K)).toArray();
    }
  }

  /** PSIS-LOO of {@code logLik}. */
  public static Result of(PointwiseLogLikelihood logLik) {
    return of(logLik, ParetoSmoothing.Truncation.RAW_MAXIMUM);
  }

  /** PSIS-LOO with another truncation (the reference test's broken twin). */
  static Result of(PointwiseLogLikelihood logLik, ParetoSmoothing.Truncation truncation) {
    int n = logLik.elements();
    double[] elpd = new double[n];
    double[] penalty = new double[n];
    double[] k = new double[n];
    for (int i = 0; i < n; i++) {
      double[] column = logLik.column(i);
      double[] logRatios = new double[column.length];
      for (int s = 0; s < column.length; s++) {
        logRatios[s] = -column[s];
      }
      ParetoSmoothing.Result smoothed =
          ParetoSmoothing.smooth(logRatios, truncation);
      double[] lw = smoothed.logWeights();
      for (int s = 0; s < lw.length; s++) {
        lw[s] += column[s];
      }
      elpd[i] = LogSum.logSumExp(lw);
      penalty[i] = LogSum.logMeanExp(column) - elpd[i];
      k[i] = smoothed.paretoK();
    }
    return new Result(new Elpd(elpd, penalty), k);
  }
}
