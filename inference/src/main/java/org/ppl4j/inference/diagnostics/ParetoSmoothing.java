package org.ppl4j.inference.diagnostics;

import java.util.Arrays;

/**
 * Pareto-smoothed importance sampling (PSIS; Vehtari, Simpson, Gelman, Yao and Gabry 2024,
 * "Pareto smoothed importance sampling", JMLR 25(72)). Given N log importance ratios
 * {@code log w_i = log p(x_i) - log q(x_i)} (p unnormalised), it fits a generalized Pareto
 * distribution to the {@code M = ceil(min(N / 5, 3 sqrt N))} largest ratios above the next
 * largest (the threshold), with the Zhang and Stephens (2009) estimator of its shape
 * ({@link GeneralizedParetoFit}), replaces those ratios by the fit's expected order statistics
 * (the quantiles at {@code (j - 1/2) / M}), and truncates every ratio at {@code N^(3/4)} times
 * the mean ratio. The fitted shape {@code k̂} says how far the estimates can be trusted:
 * below 0.5 the ratios have a finite variance; up to {@value #MAX_RELIABLE_K} PSIS estimates
 * are still reliable given enough draws; above it they are not (the proposal misses the
 * target's mass).
 *
 * <p>The smoothed weights are returned normalised (log domain); the log evidence is that of
 * the raw ratios, {@code log (1/N) Σ w_i}, the unbiased importance-sampling estimate of the
 * normalising constant of p; the ESS is {@code 1 / Σ w̃_i²} of the normalised smoothed
 * weights. With fewer than {@value #MIN_TAIL} tail draws no fit is made and {@code k̂} is
 * {@code +inf} (Vehtari et al.: too few draws to judge).
 */
public final class ParetoSmoothing {

  /** Above this shape the importance-sampling estimates are unreliable. */
  public static final double MAX_RELIABLE_K = 0.7;

  /** The fewest tail draws a fit is made from. */
  public static final int MIN_TAIL = 5;

  private ParetoSmoothing() {}

  /**
   * The result of smoothing.
   *
   * @param logWeights the smoothed, truncated weights, normalised to sum to 1 (log domain), in
   *     the order of the ratios given
   * @param paretoK the fitted generalized-Pareto shape {@code k̂} ({@code +inf} with too few
   *     draws to fit)
   * @param ess the effective sample size {@code 1 / Σ w̃²} of the smoothed weights
   * @param logEvidence {@code log (1/N) Σ exp(log w_i)} of the raw ratios
   */
  public record Result(double[] logWeights, double paretoK, double ess, double logEvidence) {
    /** Copies the weights. */
    public Result {
      logWeights = logWeights.clone();
    }

    /** A copy of the normalised log weights. */
    @Override
    public double[] logWeights() {
      return logWeights.clone();
    }

    /** Whether {@code k̂} is at most {@link #MAX_RELIABLE_K}. */
    public boolean reliable() {
      return paretoK <= MAX_RELIABLE_K;
    }
  }

  /**
   * Smooths {@code logRatios}.
   *
   * @param logRatios N &gt;= 2 log importance ratios; {@code -inf} entries (zero weight) are
   *     allowed, at least one must be finite, none NaN or {@code +inf}
   * @throws IllegalArgumentException for fewer than 2 ratios, a NaN or {@code +inf}, or all
   *     ratios {@code -inf}
   */
  public static Result smooth(double[] logRatios) {
    return smooth(logRatios, Truncation.MEAN_POWER);
  }

  /**
   * How smoothed ratios are truncated: where the two published variants of PSIS differ.
   */
  public enum Truncation {
    /** At {@code N^(3/4)} times the mean ratio (the PSIS paper; {@link #smooth(double[])}). */
    MEAN_POWER,
    /**
     * At the largest raw ratio, as R's {@code loo} 2.x does ({@code lw[lw > 0] <- 0} after
     * shifting by the maximum), so that leave-one-out estimates match it.
     */
    RAW_MAXIMUM
  }

  /**
   * Smooths {@code logRatios}, truncating as {@code truncation} says.
   *
   * @param logRatios as for {@link #smooth(double[])}
   * @throws IllegalArgumentException as for {@link #smooth(double[])}
   */
  public static Result smooth(double[] logRatios, Truncation truncation) {
    int n = logRatios.length;
    if (n < 2) {
      throw new IllegalArgumentException("PSIS needs at least 2 draws, got " + n);
    }
    double max = Double.NEGATIVE_INFINITY;
    for (double r : logRatios) {
      if (Double.isNaN(r) || r == Double.POSITIVE_INFINITY) {
        throw new IllegalArgumentException("a log importance ratio is " + r);
      }
      max = Math.max(max, r);
    }
    if (max == Double.NEGATIVE_INFINITY) {
      throw new IllegalArgumentException("every importance weight is zero");
    }
    double logEvidence = max + Math.log(sumExp(logRatios, max) / n);
    double[] lw = new double[n];
    for (int i = 0; i < n; i++) {
      lw[i] = logRatios[i] - max;
    }
    int tail = (int) Math.ceil(Math.min(0.2 * n, 3 * Math.sqrt(n)));
    double k = Double.POSITIVE_INFINITY;
    if (tail >= MIN_TAIL && tail < n) {
      k = smoothTail(lw, tail);
    }
    double cap = truncation == Truncation.RAW_MAXIMUM ? 0
        : Math.log(sumExp(lw, 0) / n) + 0.75 * Math.log(n);
    for (int i = 0; i < n; i++) {
      lw[i] = Math.min(lw[i], cap);
    }
    double logTotal = Math.log(sumExp(lw, 0));
    double sumSquares = 0;
    for (int i = 0; i < n; i++) {
      lw[i] -= logTotal;
      double w = Math.exp(lw[i]);
      sumSquares += w * w;
    }
    return new Result(lw, k, 1 / sumSquares, logEvidence);
  }

  /** Replaces the {@code tail} largest of {@code lw} (max 0) in place; returns {@code k̂}. */
  private static double smoothTail(double[] lw, int tail) {
    int[] order = largest(lw, tail + 1);
    double logCutoff = lw[order[0]];
    if (logCutoff == Double.NEGATIVE_INFINITY || !(lw[order[tail]] > logCutoff)) {
      return Double.POSITIVE_INFINITY;
    }
    double cutoff = Math.exp(logCutoff);
    double[] excess = new double[tail];
    for (int j = 0; j < tail; j++) {
      excess[j] = Math.exp(lw[order[1 + j]]) - cutoff;
    }
    GeneralizedParetoFit fit = GeneralizedParetoFit.of(excess);
    if (!Double.isFinite(fit.shape())) {
      return Double.POSITIVE_INFINITY;
    }
    for (int j = 0; j < tail; j++) {
      double q = fit.quantile((j + 0.5) / tail) + cutoff;
      lw[order[1 + j]] = Math.log(q);
    }
    return fit.shape();
  }

  /**
   * The indices of the {@code m} largest of {@code x}, ascending, as the last {@code m} of a
   * stable ascending sort of all indices would be (ties in index order), found by selecting the
   * {@code m}-th largest value and a boxed sort of only {@code m} indices.
   */
  private static int[] largest(double[] x, int m) {
    int n = x.length;
    double bound = select(x.clone(), n - m);
    int above = 0;
    for (double v : x) {
      if (Double.compare(v, bound) > 0) {
        above++;
      }
    }
    int ties = m - above;
    Integer[] picked = new Integer[m];
    int count = 0;
    for (int i = n - 1; i >= 0 && ties > 0; i--) {
      if (Double.compare(x[i], bound) == 0) {
        picked[count++] = i;
        ties--;
      }
    }
    for (int i = 0; i < n; i++) {
      if (Double.compare(x[i], bound) > 0) {
        picked[count++] = i;
      }
    }
    Arrays.sort(picked, (a, b) -> a.equals(b) ? 0 : Double.compare(x[a], x[b]) != 0
        ? Double.compare(x[a], x[b]) : Integer.compare(a, b));
    int[] out = new int[m];
    for (int j = 0; j < m; j++) {
      out[j] = picked[j];
    }
    return out;
  }

  /**
   * The {@code k}-th smallest of {@code a} (0-based) in {@link Double#compare}'s order, by
   * Hoare's selection (expected linear time; {@code a} is reordered).
   */
  private static double select(double[] a, int k) {
    int lo = 0;
    int hi = a.length - 1;
    while (lo < hi) {
      double pivot = a[(lo + hi) >>> 1];
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (Double.compare(a[i], pivot) < 0) {
          i++;
        }
        while (Double.compare(a[j], pivot) > 0) {
          j--;
        }
        if (i <= j) {
          double t = a[i];
          a[i] = a[j];
          a[j] = t;
          i++;
          j--;
        }
      }
      if (k <= j) {
        hi = j;
      } else if (k >= i) {
        lo = i;
      } else {
        return a[k];
      }
    }
    return a[k];
  }

  private static double sumExp(double[] x, double shift) {
    double s = 0;
    for (double v : x) {
      s += Math.exp(v - shift);
    }
    return s;
  }
}
