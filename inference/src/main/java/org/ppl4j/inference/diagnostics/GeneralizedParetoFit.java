package org.ppl4j.inference.diagnostics;

import java.util.Arrays;

/**
 * A generalized Pareto distribution fitted to exceedances over a threshold, by the
 * empirical-Bayes estimator of Zhang and Stephens (2009, "A new and efficient estimation method
 * for the generalized Pareto distribution", Technometrics 51(3)) with the weakly informative
 * prior on the shape that PSIS uses (Vehtari et al. 2024, appendix: the shape is shrunk towards
 * 0.5 as if by 10 extra observations). The distribution has
 * {@code F(x) = 1 - (1 + k x / sigma)^(-1/k)} for {@code x >= 0}; {@code k > 0} is a heavy
 * tail (moments of order {@code >= 1/k} are infinite), {@code k <= 0} a light one.
 *
 * <p>The estimator: with the exceedances sorted, {@code m = 30 + floor(sqrt n)} candidate
 * values {@code θ_j = 1/x_(n) + (1 - sqrt(m / (j - 1/2))) / (3 x*)} ({@code x*} the first
 * quartile) are weighted by their profile likelihood
 * {@code n (log(-θ / k(θ)) - k(θ) - 1)} with {@code k(θ) = mean log(1 - θ x_i)}; the
 * posterior mean {@code θ̂} gives {@code k = mean log(1 - θ̂ x_i)}, {@code sigma = -k / θ̂}.
 *
 * @param shape the shape {@code k} (the PSIS {@code k̂}); NaN when the fit failed
 * @param scale the scale {@code sigma} &gt; 0
 */
public record GeneralizedParetoFit(double shape, double scale) {

  private static final int MIN_GRID = 30;
  private static final double PRIOR = 3;
  private static final double PRIOR_SAMPLES = 10;
  private static final double PRIOR_SHAPE = 0.5;

  /**
   * The fit to {@code excess}.
   *
   * @param excess n &gt;= 1 exceedances, each &gt;= 0 and finite (any order)
   * @throws IllegalArgumentException for an empty array or a negative or non-finite value
   */
  public static GeneralizedParetoFit of(double[] excess) {
    int n = excess.length;
    if (n == 0) {
      throw new IllegalArgumentException("a generalized Pareto fit needs at least one value");
    }
    double[] x = excess.clone();
    for (double v : x) {
      if (!(v >= 0) || !Double.isFinite(v)) {
        throw new IllegalArgumentException("an exceedance is " + v + " (must be finite, >= 0)");
      }
    }
    Arrays.sort(x);
    int m = MIN_GRID + (int) Math.floor(Math.sqrt(n));
    double quartile = x[Math.max(0, (int) Math.floor(n / 4.0 + 0.5) - 1)];
    double[] theta = new double[m];
    double[] logLik = new double[m];
    double best = Double.NEGATIVE_INFINITY;
    for (int j = 0; j < m; j++) {
      theta[j] = 1 / x[n - 1] + (1 - Math.sqrt(m / (j + 0.5))) / PRIOR / quartile;
      double k = meanLog1p(-theta[j], x);
      logLik[j] = n * (Math.log(-theta[j] / k) - k - 1);
      if (Double.isNaN(logLik[j])) {
        logLik[j] = Double.NEGATIVE_INFINITY;
      }
      best = Math.max(best, logLik[j]);
    }
    if (best == Double.NEGATIVE_INFINITY) {
      return new GeneralizedParetoFit(Double.NaN, Double.NaN);
    }
    double total = 0;
    double thetaHat = 0;
    for (int j = 0; j < m; j++) {
      double w = Math.exp(logLik[j] - best);
      total += w;
      thetaHat += w * theta[j];
    }
    thetaHat /= total;
    double k = meanLog1p(-thetaHat, x);
    double sigma = -k / thetaHat;
    double shrunk = (k * n + PRIOR_SAMPLES * PRIOR_SHAPE) / (n + PRIOR_SAMPLES);
    return new GeneralizedParetoFit(shrunk, sigma);
  }

  /**
   * The quantile at {@code p} in (0, 1): {@code sigma ((1 - p)^(-k) - 1) / k}, or
   * {@code -sigma log(1 - p)} at {@code k = 0}.
   */
  public double quantile(double p) {
    if (shape == 0) {
      return -scale * Math.log1p(-p);
    }
    return scale * Math.expm1(-shape * Math.log1p(-p)) / shape;
  }

  private static double meanLog1p(double a, double[] x) {
    double s = 0;
    for (double v : x) {
      s += Math.log1p(a * v);
    }
    return s / x.length;
  }
}
