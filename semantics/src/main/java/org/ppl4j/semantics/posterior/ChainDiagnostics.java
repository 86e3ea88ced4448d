package org.ppl4j.semantics.posterior;

import java.util.Arrays;

/**
 * Effective sample sizes and the potential scale reduction factor.
 *
 * <p>For weighted draws: Kish's effective sample size {@code (Σw)² / Σw²}. For Markov chains: the
 * rank-normalised bulk ESS, the tail ESS (of the 5% and 95% quantile indicators) and the
 * rank-normalised split R-hat (the maximum of the bulk and the
 * folded, tail, versions) of Vehtari, Gelman, Simpson, Carpenter and Bürkner, "Rank-normalization,
 * folding, and localization: an improved R-hat for assessing convergence of MCMC", Bayesian
 * Analysis 16(2), 2021. The autocorrelation sum is truncated by Geyer's initial monotone sequence
 * estimator (Geyer 1992), with autocovariances computed by FFT; the estimate is capped at
 * {@code N log10 N} as in the paper.
 *
 * <p>Chains are given as {@code double[chain][iteration]}, all of one length, at least 4.
 * Results are {@code NaN} where undefined (constant draws).
 */
public final class ChainDiagnostics {
  private ChainDiagnostics() {}

  /**
   * Kish's effective sample size of weighted draws: {@code (Σw)² / Σw²}, computed in the log
   * domain; equals N for equal weights and 0 when every weight is 0.
   *
   * @param logWeights unnormalised log weights, each finite or {@code -inf}
   */
  public static double kishEss(double[] logWeights) {
    double max = Arrays.stream(logWeights).max().orElse(Double.NEGATIVE_INFINITY);
    if (max == Double.NEGATIVE_INFINITY) {
      return 0.0;
    }
    double sum = 0.0;
    double sumSquares = 0.0;
    for (double logWeight : logWeights) {
      double w = Math.exp(logWeight - max);
      sum += w;
      sumSquares += w * w;
    }
    return sum * sum / sumSquares;
  }

  /**
   * The rank-normalised bulk effective sample size of the pooled draws of all chains.
   *
   * @param chains draws per chain, equal lengths, at least 4 each
   */
  public static double bulkEss(double[][] chains) {
    return ess(rankNormalise(split(chains)));
  }

  /**
   * The tail effective sample size of the pooled draws of all chains: the smaller of the ESS of
   * the indicators {@code x <= q05} and {@code x <= q95}, each over split chains, where the
   * quantiles are those of the pooled draws (Vehtari et al. 2021, §4.3): how well the chains
   * pin down the 5% and 95% quantiles. {@code NaN} when an indicator is constant.
   *
   * @param chains draws per chain, equal lengths, at least 4 each
   */
  public static double tailEss(double[][] chains) {
    double[][] halves = split(chains);
    double[] sorted = Arrays.stream(chains).flatMapToDouble(Arrays::stream).sorted().toArray();
    return Math.min(ess(indicator(halves, quantile(sorted, 0.05))),
        ess(indicator(halves, quantile(sorted, 0.95))));
  }

  /**
   * The rank-normalised split R-hat: the larger of the bulk and the folded (tail) version;
   * close to 1 for converged chains, above 1.01–1.1 when chains disagree.
   *
   * @param chains draws per chain, equal lengths, at least 4 each
   */
  public static double splitRhat(double[][] chains) {
    double[][] halves = split(chains);
    double bulk = rhat(rankNormalise(halves));
    double tail = rhat(rankNormalise(fold(halves)));
    return Math.max(bulk, tail);
  }

  /**
   * The effective sample size of the draws as they are (no split, no rank normalisation), by
   * the multi-chain autocorrelation estimate with Geyer's initial monotone sequence.
   *
   * @param chains draws per chain, equal lengths, at least 2 each
   */
  public static double ess(double[][] chains) {
    int m = chains.length;
    int n = checkedLength(chains, 2);
    double[][] acov = new double[m][];
    double[] means = new double[m];
    double meanVar = 0.0;
    for (int c = 0; c < m; c++) {
      acov[c] = Autocovariance.of(chains[c]);
      means[c] = mean(chains[c]);
      meanVar += acov[c][0] * n / (n - 1.0) / m;
    }
    double varPlus = meanVar * (n - 1.0) / n + (m > 1 ? variance(means) : 0.0);
    if (!(varPlus > 0.0)) {
      return Double.NaN;
    }
    double[] rho = new double[n + 2];
    rho[0] = 1.0;
    double rhoEven = 1.0;
    double rhoOdd = 1.0 - (meanVar - meanAt(acov, 1)) / varPlus;
    rho[1] = rhoOdd;
    int t = 1;
    while (t < n - 4 && rhoEven + rhoOdd > 0.0) {
      rhoEven = 1.0 - (meanVar - meanAt(acov, t + 1)) / varPlus;
      rhoOdd = 1.0 - (meanVar - meanAt(acov, t + 2)) / varPlus;
      if (rhoEven + rhoOdd >= 0.0) {
        rho[t + 1] = rhoEven;
        rho[t + 2] = rhoOdd;
      }
      t += 2;
    }
    int maxT = t;
    if (rhoEven > 0.0) {
      rho[maxT + 1] = rhoEven;
    }
    for (int s = 1; s <= maxT - 3; s += 2) {
      if (rho[s + 1] + rho[s + 2] > rho[s - 1] + rho[s]) {
        rho[s + 1] = (rho[s - 1] + rho[s]) / 2.0;
        rho[s + 2] = rho[s + 1];
      }
    }
    double tau = -1.0 + rho[maxT + 1];
    for (int s = 0; s < maxT; s++) {
      tau += 2.0 * rho[s];
    }
    double total = (double) m * n;
    return Math.min(total / tau, total * Math.log10(total));
  }

  /** The classic R-hat of the chains as given (Gelman and Rubin 1992, as in BDA3 §11.4). */
  static double rhat(double[][] chains) {
    int m = chains.length;
    int n = checkedLength(chains, 2);
    double[] means = new double[m];
    double within = 0.0;
    for (int c = 0; c < m; c++) {
      means[c] = mean(chains[c]);
      within += variance(chains[c]) / m;
    }
    double betweenOverN = m > 1 ? variance(means) : 0.0;
    double varPlus = (n - 1.0) / n * within + betweenOverN;
    return within > 0.0 ? Math.sqrt(varPlus / within) : Double.NaN;
  }

  /** Each chain cut in two halves (the middle draw of an odd-length chain dropped). */
  static double[][] split(double[][] chains) {
    int n = checkedLength(chains, 4);
    int half = n / 2;
    double[][] out = new double[2 * chains.length][];
    for (int c = 0; c < chains.length; c++) {
      out[2 * c] = Arrays.copyOfRange(chains[c], 0, half);
      out[2 * c + 1] = Arrays.copyOfRange(chains[c], n - half, n);
    }
    return out;
  }

  /**
   * Replaces each draw by the normal score of its pooled rank, {@code Φ⁻¹((r − 3/8)/(S + 1/4))},
   * ties getting their average rank (Blom's offset, as in the paper).
   */
  static double[][] rankNormalise(double[][] chains) {
    int n = checkedLength(chains, 1);
    int total = chains.length * n;
    double[] pooled = new double[total];
    for (int c = 0; c < chains.length; c++) {
      System.arraycopy(chains[c], 0, pooled, c * n, n);
    }
    Integer[] order = new Integer[total];
    for (int i = 0; i < total; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(pooled[a], pooled[b]));
    double[] z = new double[total];
    int i = 0;
    while (i < total) {
      int j = i;
      while (j + 1 < total && pooled[order[j + 1]] == pooled[order[i]]) {
        j++;
      }
      double rank = (i + j) / 2.0 + 1.0;
      double score = NormalQuantile.of((rank - 0.375) / (total + 0.25));
      for (int k = i; k <= j; k++) {
        z[order[k]] = score;
      }
      i = j + 1;
    }
    double[][] out = new double[chains.length][];
    for (int c = 0; c < chains.length; c++) {
      out[c] = Arrays.copyOfRange(z, c * n, (c + 1) * n);
    }
    return out;
  }

  /** 1 where a draw is at most {@code bound}, else 0. */
  static double[][] indicator(double[][] chains, double bound) {
    double[][] out = new double[chains.length][];
    for (int c = 0; c < chains.length; c++) {
      out[c] = Arrays.stream(chains[c]).map(x -> x <= bound ? 1.0 : 0.0).toArray();
    }
    return out;
  }

  /** The {@code p} quantile of sorted draws, interpolating between order statistics (R's type 7). */
  static double quantile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  /** Absolute deviations from the pooled median (the "folded" draws of the paper). */
  static double[][] fold(double[][] chains) {
    double[] pooled = Arrays.stream(chains).flatMapToDouble(Arrays::stream).sorted().toArray();
    int k = pooled.length;
    double median = k % 2 == 1 ? pooled[k / 2] : (pooled[k / 2 - 1] + pooled[k / 2]) / 2.0;
    double[][] out = new double[chains.length][];
    for (int c = 0; c < chains.length; c++) {
      out[c] = Arrays.stream(chains[c]).map(x -> Math.abs(x - median)).toArray();
    }
    return out;
  }

  private static double meanAt(double[][] acov, int lag) {
    double s = 0.0;
    for (double[] a : acov) {
      s += a[lag];
    }
    return s / acov.length;
  }

  private static int checkedLength(double[][] chains, int minimum) {
    if (chains.length == 0) {
      throw new IllegalArgumentException("no chains given");
    }
    int n = chains[0].length;
    for (double[] chain : chains) {
      if (chain.length != n) {
        throw new IllegalArgumentException(
            "chains differ in length: " + n + " vs " + chain.length);
      }
    }
    if (n < minimum) {
      throw new IllegalArgumentException(
          "each chain needs at least " + minimum + " draws, got " + n);
    }
    return n;
  }

  private static double mean(double[] x) {
    double s = 0.0;
    for (double v : x) {
      s += v;
    }
    return s / x.length;
  }

  /** The unbiased sample variance (n − 1 denominator). */
  private static double variance(double[] x) {
    double mean = mean(x);
    double s = 0.0;
    for (double v : x) {
      s += (v - mean) * (v - mean);
    }
    return s / (x.length - 1);
  }
}
