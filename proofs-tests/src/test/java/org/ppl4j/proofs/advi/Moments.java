package org.ppl4j.proofs.advi;

import java.util.List;

/** Means, standard deviations and correlations of draws (rows of outputs). */
record Moments(double[] mean, double[] sd, double[][] correlation) {

  static Moments of(List<double[]> draws) {
    int n = draws.size();
    int d = draws.get(0).length;
    double[] mean = new double[d];
    for (double[] x : draws) {
      for (int i = 0; i < d; i++) {
        mean[i] += x[i] / n;
      }
    }
    double[][] cov = new double[d][d];
    for (double[] x : draws) {
      for (int i = 0; i < d; i++) {
        for (int j = 0; j < d; j++) {
          cov[i][j] += (x[i] - mean[i]) * (x[j] - mean[j]) / (n - 1);
        }
      }
    }
    double[] sd = new double[d];
    for (int i = 0; i < d; i++) {
      sd[i] = Math.sqrt(cov[i][i]);
    }
    double[][] correlation = new double[d][d];
    for (int i = 0; i < d; i++) {
      for (int j = 0; j < d; j++) {
        correlation[i][j] = cov[i][j] / (sd[i] * sd[j]);
      }
    }
    return new Moments(mean, sd, correlation);
  }
}
