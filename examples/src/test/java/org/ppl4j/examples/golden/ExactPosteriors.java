package org.ppl4j.examples.golden;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The exact (or numerically exact) posteriors of the example programs, computed
 * independently of ppl4j: conjugate closed forms, forward-backward, brute-force enumeration,
 * and quadrature on fine grids where there is no closed form.
 */
final class ExactPosteriors {
  private ExactPosteriors() {}

  /** coin.ppl: p ~ beta(1, 1), Bernoulli flips: beta(1 + heads, 1 + tails). */
  static Reference coin(List<Boolean> flips) {
    long heads = flips.stream().filter(b -> b).count();
    double a = 1 + heads;
    double b = 1 + flips.size() - heads;
    double mean = a / (a + b);
    double var = a * b / ((a + b) * (a + b) * (a + b + 1));
    double kurtosis = 3 + 6 * ((a - b) * (a - b) * (a + b + 1) - a * b * (a + b + 2))
        / (a * b * (a + b + 2) * (a + b + 3));
    return new Reference(Map.of("p", Reference.Leaf.continuous(mean, Math.sqrt(var), kurtosis)));
  }

  /** normal_mean.ppl: mu ~ normal(0, 10), y ~ normal(mu, sigma). */
  static Reference normalMean(double[] ys, double sigma) {
    double precision = 1 / 100.0 + ys.length / (sigma * sigma);
    double sum = 0;
    for (double y : ys) {
      sum += y;
    }
    double mean = (sum / (sigma * sigma)) / precision;
    return new Reference(Map.of("mu", Reference.Leaf.continuous(mean, Math.sqrt(1 / precision))));
  }

  /** gamma_poisson.ppl: rate ~ gamma(2, 1): gamma(2 + sum, 1 + n) (shape, rate). */
  static Reference gammaPoisson(long[] counts) {
    double shape = 2;
    for (long k : counts) {
      shape += k;
    }
    double rate = 1 + counts.length;
    return new Reference(Map.of("rate",
        Reference.Leaf.continuous(shape / rate, Math.sqrt(shape) / rate, 3 + 6 / shape)));
  }

  /**
   * linear_regression.ppl: (alpha, beta) ~ normal(0, 10) each, y ~ normal(alpha + beta x,
   * sigma). Posterior normal with precision P = I/100 + X'X/sigma^2, mean P^-1 X'y/sigma^2.
   */
  static Reference linearRegression(double[] x, double[] y, double sigma) {
    double s2 = sigma * sigma;
    double p00 = 1 / 100.0 + x.length / s2;
    double p01 = 0;
    double p11 = 1 / 100.0;
    double b0 = 0;
    double b1 = 0;
    for (int i = 0; i < x.length; i++) {
      p01 += x[i] / s2;
      p11 += x[i] * x[i] / s2;
      b0 += y[i] / s2;
      b1 += x[i] * y[i] / s2;
    }
    double det = p00 * p11 - p01 * p01;
    double c00 = p11 / det;
    double c11 = p00 / det;
    double c01 = -p01 / det;
    double meanAlpha = c00 * b0 + c01 * b1;
    double meanBeta = c01 * b0 + c11 * b1;
    Map<String, Reference.Leaf> leaves = new LinkedHashMap<>();
    leaves.put("alpha", Reference.Leaf.continuous(meanAlpha, Math.sqrt(c00)));
    leaves.put("beta", Reference.Leaf.continuous(meanBeta, Math.sqrt(c11)));
    return new Reference(leaves);
  }

  /**
   * logistic_regression.ppl: w0, w1 ~ normal(0, 2), y ~ bernoulli(logistic(w0 + w1 x)); moments
   * by quadrature on a 601 x 601 grid over [-6, 6]^2 (the posterior is far inside).
   */
  static Reference logisticRegression(double[] x, boolean[] y) {
    return grid2(-6, 6, -6, 6, 601, "w0", "w1", (w0, w1) -> {
      double log = -(w0 * w0 + w1 * w1) / 8;
      for (int i = 0; i < x.length; i++) {
        double eta = w0 + w1 * x[i];
        log += y[i] ? -log1pExp(-eta) : -log1pExp(eta);
      }
      return log;
    });
  }

  /**
   * gaussian_mixture.ppl: mu1 ~ normal(-2, 1), mu2 ~ normal(2, 1), each y from either with
   * probability 1/2 (the latent z summed out); moments by quadrature on a 601 x 601 grid.
   */
  static Reference gaussianMixture(double[] ys, double sigma) {
    return grid2(-6, 4, -4, 6, 601, "mu1", "mu2", (m1, m2) -> {
      double log = -((m1 + 2) * (m1 + 2) + (m2 - 2) * (m2 - 2)) / 2;
      for (double y : ys) {
        double a = -(y - m1) * (y - m1) / (2 * sigma * sigma);
        double b = -(y - m2) * (y - m2) / (2 * sigma * sigma);
        double max = Math.max(a, b);
        log += max + Math.log(0.5 * Math.exp(a - max) + 0.5 * Math.exp(b - max));
      }
      return log;
    });
  }

  /**
   * hmm.ppl: posterior marginals P(z_i = 1 | obs) by forward-backward (Rabiner 1989), for the
   * transition and emission matrices of the program and a uniform initial state.
   */
  static Reference hmm(int[] obs) {
    double[][] trans = {{0.9, 0.1}, {0.2, 0.8}};
    double[][] emit = {{0.7, 0.2, 0.1}, {0.1, 0.3, 0.6}};
    int n = obs.length;
    double[][] alpha = new double[n][2];
    double[][] beta = new double[n][2];
    for (int s = 0; s < 2; s++) {
      alpha[0][s] = 0.5 * emit[s][obs[0]];
      beta[n - 1][s] = 1;
    }
    for (int t = 1; t < n; t++) {
      for (int s = 0; s < 2; s++) {
        alpha[t][s] = (alpha[t - 1][0] * trans[0][s] + alpha[t - 1][1] * trans[1][s])
            * emit[s][obs[t]];
      }
    }
    for (int t = n - 2; t >= 0; t--) {
      for (int s = 0; s < 2; s++) {
        beta[t][s] = trans[s][0] * emit[0][obs[t + 1]] * beta[t + 1][0]
            + trans[s][1] * emit[1][obs[t + 1]] * beta[t + 1][1];
      }
    }
    Map<String, Reference.Leaf> leaves = new LinkedHashMap<>();
    for (int t = 0; t < n; t++) {
      double p0 = alpha[t][0] * beta[t][0];
      double p1 = alpha[t][1] * beta[t][1];
      Map<Double, Double> pmf = new TreeMap<>();
      pmf.put(0.0, p0 / (p0 + p1));
      pmf.put(1.0, p1 / (p0 + p1));
      leaves.put("zs[" + t + "]", Reference.Leaf.discrete(pmf, false));
    }
    return new Reference(leaves);
  }

  /**
   * geometric.ppl: P(n = k) = (1 - p)^k p, mean (1 - p)/p, sd sqrt(1 - p)/p, kurtosis
   * 9 + p^2 / (1 - p).
   */
  static Reference geometric(double p) {
    Map<Double, Double> pmf = new TreeMap<>();
    for (int k = 0; k < 200; k++) {
      pmf.put((double) k, Math.pow(1 - p, k) * p);
    }
    Reference.Leaf leaf = Reference.Leaf.discrete(pmf, false);
    return new Reference(Map.of("n",
        new Reference.Leaf((1 - p) / p, Math.sqrt(1 - p) / p, 9 + p * p / (1 - p),
            leaf.probabilities())));
  }

  /**
   * mem.ppl: tug of war, by brute force over the four strengths (1, 2, 3 each) and the eight
   * laziness draws (each pull is lazy with probability 1/4).
   */
  static Reference tugOfWar() {
    Map<Double, Double> pmf = new TreeMap<>();
    double total = 0;
    for (int a = 1; a <= 3; a++) {
      for (int b = 1; b <= 3; b++) {
        for (int c = 1; c <= 3; c++) {
          for (int d = 1; d <= 3; d++) {
            double pStrength = Math.pow(1.0 / 3, 4);
            // match 1: (alice, bob) vs (carol, dave); match 2: (alice, carol) vs (bob, dave)
            double win1 = winProbability(a, b, c, d);
            double win2 = winProbability(a, c, b, d);
            double mass = pStrength * win1 * win2;
            pmf.merge((double) a, mass, Double::sum);
            total += mass;
          }
        }
      }
    }
    final double z = total;
    pmf.replaceAll((k, v) -> v / z);
    return new Reference(Map.of("value", Reference.Leaf.discrete(pmf, false)));
  }

  private static double winProbability(int s1, int s2, int s3, int s4) {
    double p = 0;
    for (int lazy = 0; lazy < 16; lazy++) {
      double mass = 1;
      double[] pull = new double[4];
      int[] strength = {s1, s2, s3, s4};
      for (int i = 0; i < 4; i++) {
        boolean isLazy = (lazy >> i & 1) == 1;
        mass *= isLazy ? 0.25 : 0.75;
        pull[i] = isLazy ? strength[i] / 2.0 : strength[i];
      }
      if (pull[0] + pull[1] > pull[2] + pull[3]) {
        p += mass;
      }
    }
    return p;
  }

  /** burglary.ppl with both calls observed, by enumeration of the 8 joint states. */
  static Reference burglary() {
    double[] marginal = new double[3];
    double total = 0;
    for (int bits = 0; bits < 8; bits++) {
      boolean b = (bits & 1) == 1;
      boolean e = (bits & 2) == 2;
      boolean a = (bits & 4) == 4;
      double pAlarm = b && e ? 0.95 : b ? 0.94 : e ? 0.29 : 0.001;
      double mass = (b ? 0.001 : 0.999) * (e ? 0.002 : 0.998) * (a ? pAlarm : 1 - pAlarm)
          * (a ? 0.90 : 0.05) * (a ? 0.70 : 0.01);
      total += mass;
      marginal[0] += b ? mass : 0;
      marginal[1] += e ? mass : 0;
      marginal[2] += a ? mass : 0;
    }
    Map<String, Reference.Leaf> leaves = new LinkedHashMap<>();
    String[] names = {"burglary", "earthquake", "alarm"};
    for (int i = 0; i < 3; i++) {
      Map<Double, Double> pmf = new TreeMap<>();
      pmf.put(0.0, 1 - marginal[i] / total);
      pmf.put(1.0, marginal[i] / total);
      leaves.put(names[i], Reference.Leaf.discrete(pmf, true));
    }
    return new Reference(leaves);
  }

  /** A log density of two real parameters. */
  interface LogDensity2 {
    double at(double u, double v);
  }

  /** Posterior moments (to the fourth) of both parameters by the midpoint rule on an n x n grid. */
  static Reference grid2(double u0, double u1, double v0, double v1, int n,
      String uName, String vName, LogDensity2 logDensity) {
    double[][] log = new double[n][n];
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        log[i][j] = logDensity.at(at(u0, u1, n, i), at(v0, v1, n, j));
        max = Math.max(max, log[i][j]);
      }
    }
    double z = 0;
    double su = 0;
    double suu = 0;
    double sv = 0;
    double svv = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double w = Math.exp(log[i][j] - max);
        double u = at(u0, u1, n, i);
        double v = at(v0, v1, n, j);
        z += w;
        su += w * u;
        suu += w * u * u;
        sv += w * v;
        svv += w * v * v;
      }
    }
    double mu = su / z;
    double mv = sv / z;
    double u2 = 0;
    double u4 = 0;
    double v2 = 0;
    double v4 = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double w = Math.exp(log[i][j] - max) / z;
        double du = sq(at(u0, u1, n, i) - mu);
        double dv = sq(at(v0, v1, n, j) - mv);
        u2 += w * du;
        u4 += w * du * du;
        v2 += w * dv;
        v4 += w * dv * dv;
      }
    }
    Map<String, Reference.Leaf> leaves = new LinkedHashMap<>();
    leaves.put(uName, Reference.Leaf.continuous(mu, Math.sqrt(suu / z - sq(mu)), u4 / sq(u2)));
    leaves.put(vName, Reference.Leaf.continuous(mv, Math.sqrt(svv / z - sq(mv)), v4 / sq(v2)));
    return new Reference(leaves);
  }

  private static double at(double lo, double hi, int n, int i) {
    return lo + (hi - lo) * (i + 0.5) / n;
  }

  private static double sq(double x) {
    return x * x;
  }

  private static double log1pExp(double x) {
    return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
  }

}
