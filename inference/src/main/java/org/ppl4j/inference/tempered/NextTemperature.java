package org.ppl4j.inference.tempered;

/**
 * The adaptive choice of the next inverse temperature (Jasra, Stephens, Doucet and Tsagaris,
 * Scand. J. Stat. 2011; Zhou, Johansen and Aston, JCGS 2016): with equally weighted particles
 * (resampled at every step) and log likelihoods {@code l_i}, the incremental weights of a step
 * from {@code beta} to {@code beta + delta} are {@code exp(delta * l_i)}; their ESS (the
 * conditional ESS) decreases from the number of particles of positive likelihood at
 * {@code delta -> 0}. Bisection finds the {@code delta} where it equals {@code rho} times that
 * number, or takes the whole remaining step when even that keeps enough.
 */
public final class NextTemperature {
  private static final int BISECTIONS = 100;

  private NextTemperature() {}

  /**
   * The next inverse temperature after {@code beta}: the largest {@code beta' <= 1} whose
   * incremental weights have ESS at least {@code rho * m}, {@code m} the number of finite
   * {@code logLikelihoods}; strictly greater than {@code beta}.
   *
   * @param logLikelihoods the particles' log likelihoods, some finite
   * @param beta the current inverse temperature, in [0, 1)
   * @param rho the fraction of ESS to keep, in [0, 1)
   */
  public static double after(double[] logLikelihoods, double beta, double rho) {
    int finite = 0;
    for (double l : logLikelihoods) {
      finite += l > Double.NEGATIVE_INFINITY ? 1 : 0;
    }
    double target = rho * finite;
    double hi = 1 - beta;
    if (ess(logLikelihoods, hi) >= target) {
      return 1.0;
    }
    double lo = 0;
    for (int i = 0; i < BISECTIONS && hi - lo > 1e-15 * (1 - beta); i++) {
      double mid = 0.5 * (lo + hi);
      if (ess(logLikelihoods, mid) >= target) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return beta + (lo > 0 ? lo : hi);
  }

  /** The ESS {@code (sum w)^2 / sum w^2} of the weights {@code exp(delta * l_i)}. */
  public static double ess(double[] logLikelihoods, double delta) {
    double max = Double.NEGATIVE_INFINITY;
    for (double l : logLikelihoods) {
      if (l > Double.NEGATIVE_INFINITY) {
        max = Math.max(max, delta * l);
      }
    }
    if (max == Double.NEGATIVE_INFINITY) {
      return 0;
    }
    double sum = 0;
    double sumSquares = 0;
    for (double l : logLikelihoods) {
      double w = l == Double.NEGATIVE_INFINITY ? 0 : Math.exp(delta * l - max);
      sum += w;
      sumSquares += w * w;
    }
    return sum * sum / sumSquares;
  }
}
