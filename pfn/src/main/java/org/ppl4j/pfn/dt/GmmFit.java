package org.ppl4j.pfn.dt;

import org.ppl4j.semantics.math.SpecialFunctions;
import org.ppl4j.semantics.random.Rng;

/**
 * Fits a Gaussian mixture to points by expectation-maximisation (Dempster, Laird and Rubin
 * 1977) with k-means++ seeding (Arthur and Vassilvitskii 2007), choosing the number of
 * components by the Bayesian information criterion (Schwarz 1978). Used to turn a prior known
 * only by its draws into the mixture a Distribution Transformer reads. Each covariance gets a
 * ridge of 1e-6 times the data's variance so that no component collapses.
 */
public final class GmmFit {

  private static final int ITERATIONS = 100;
  private static final double TOLERANCE = 1e-6;

  private GmmFit() {}

  /**
   * The mixture with the best BIC among 1 to {@code maxComponents} components.
   *
   * @param points at least 2 points of one dimension
   * @param maxComponents &gt; 0
   */
  public static Gmm bestByBic(double[][] points, int maxComponents, Rng rng) {
    Gmm best = null;
    double bestBic = Double.POSITIVE_INFINITY;
    int d = points[0].length;
    for (int k = 1; k <= Math.min(maxComponents, points.length); k++) {
      Gmm g = fit(points, k, rng);
      double logLik = 0;
      for (double[] x : points) {
        logLik += g.logDensity(x);
      }
      int params = k - 1 + k * d + k * d * (d + 1) / 2;
      double bic = -2 * logLik + params * Math.log(points.length);
      if (bic < bestBic) {
        bestBic = bic;
        best = g;
      }
    }
    return best;
  }

  /** The EM fit with {@code k} components (k-means++ seeds, at most 100 iterations, stopping when the log-likelihood gains less than 1e-6 of itself). */
  public static Gmm fit(double[][] points, int k, Rng rng) {
    int n = points.length;
    int d = points[0].length;
    if (n < 2 || k < 1 || k > n) {
      throw new IllegalArgumentException(
          "fitting " + k + " components needs at least that many points (and 2), got " + n);
    }
    double ridge = 1e-6 * Math.max(1e-12, averageVariance(points));
    double[][] means = seeds(points, k, rng);
    double[][][] covs = new double[k][d][d];
    double[] logWeights = new double[k];
    double[] ones = new double[n];
    java.util.Arrays.fill(ones, 1.0);
    double[][] global = covariance(points, ones, mean(points), n, ridge);
    for (int c = 0; c < k; c++) {
      covs[c] = global;
      logWeights[c] = -Math.log(k);
    }
    double[][] resp = new double[n][k];
    double previous = Double.NEGATIVE_INFINITY;
    Gmm current = build(logWeights, means, covs);
    for (int it = 0; it < ITERATIONS; it++) {
      double total = 0;
      for (int i = 0; i < n; i++) {
        for (int c = 0; c < k; c++) {
          resp[i][c] = current.logWeight(c) + current.componentLogDensity(c, points[i]);
        }
        double norm = SpecialFunctions.logSumExp(resp[i]);
        total += norm;
        for (int c = 0; c < k; c++) {
          resp[i][c] = Math.exp(resp[i][c] - norm);
        }
      }
      for (int c = 0; c < k; c++) {
        double[] w = new double[n];
        double nk = 0;
        double[] m = new double[d];
        for (int i = 0; i < n; i++) {
          w[i] = resp[i][c];
          nk += w[i];
          for (int j = 0; j < d; j++) {
            m[j] += w[i] * points[i][j];
          }
        }
        nk = Math.max(nk, 1e-10);
        for (int j = 0; j < d; j++) {
          m[j] /= nk;
        }
        means[c] = m;
        covs[c] = covariance(points, w, m, nk, ridge);
        logWeights[c] = Math.log(nk / n);
      }
      current = build(logWeights, means, covs);
      if (total - previous < TOLERANCE * Math.abs(total)) {
        break;
      }
      previous = total;
    }
    return current;
  }

  private static Gmm build(double[] logWeights, double[][] means, double[][][] covs) {
    double[][][] chol = new double[covs.length][][];
    for (int c = 0; c < covs.length; c++) {
      chol[c] = Gmm.choleskyOf(covs[c]);
    }
    return new Gmm(logWeights, means, chol);
  }

  private static double[][] seeds(double[][] points, int k, Rng rng) {
    int n = points.length;
    double[][] seeds = new double[k][];
    seeds[0] = points[rng.nextInt(n)].clone();
    double[] dist = new double[n];
    java.util.Arrays.fill(dist, Double.POSITIVE_INFINITY);
    for (int c = 1; c < k; c++) {
      double sum = 0;
      for (int i = 0; i < n; i++) {
        dist[i] = Math.min(dist[i], squared(points[i], seeds[c - 1]));
        sum += dist[i];
      }
      double u = rng.nextDouble() * sum;
      int chosen = n - 1;
      for (int i = 0; i < n; i++) {
        u -= dist[i];
        if (u <= 0) {
          chosen = i;
          break;
        }
      }
      seeds[c] = points[chosen].clone();
    }
    return seeds;
  }

  private static double squared(double[] a, double[] b) {
    double s = 0;
    for (int j = 0; j < a.length; j++) {
      s += (a[j] - b[j]) * (a[j] - b[j]);
    }
    return s;
  }

  private static double[] mean(double[][] points) {
    double[] m = new double[points[0].length];
    for (double[] x : points) {
      for (int j = 0; j < m.length; j++) {
        m[j] += x[j] / points.length;
      }
    }
    return m;
  }

  private static double averageVariance(double[][] points) {
    double[] m = mean(points);
    double s = 0;
    for (double[] x : points) {
      s += squared(x, m);
    }
    return s / (points.length * m.length);
  }

  /** The covariance of {@code points} weighted by {@code w} (total {@code nk}) about {@code m}. */
  private static double[][] covariance(double[][] points, double[] w, double[] m, double nk,
      double ridge) {
    int d = m.length;
    double[][] s = new double[d][d];
    for (int i = 0; i < points.length; i++) {
      for (int a = 0; a < d; a++) {
        for (int b = 0; b <= a; b++) {
          s[a][b] += w[i] * (points[i][a] - m[a]) * (points[i][b] - m[b]);
        }
      }
    }
    for (int a = 0; a < d; a++) {
      for (int b = 0; b <= a; b++) {
        s[a][b] /= nk;
        s[b][a] = s[a][b];
      }
      s[a][a] += ridge;
    }
    return s;
  }
}
