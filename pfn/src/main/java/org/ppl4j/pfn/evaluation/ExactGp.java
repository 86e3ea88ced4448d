package org.ppl4j.pfn.evaluation;

import org.ppl4j.pfn.prior.GpPrior;
import org.ppl4j.semantics.math.Cholesky;

/**
 * The exact posterior predictive of a Gaussian process (Rasmussen and Williams 2006, eq. 2.23-2.24),
 * computed with a Cholesky factorisation: the oracle the PFN is compared with.
 */
public final class ExactGp {

  private final GpPrior prior;

  /** The oracle for {@code prior}. */
  public ExactGp(GpPrior prior) {
    this.prior = prior;
  }

  /**
   * The mean negative log-likelihood of {@code yTest} at {@code xTest} under the posterior
   * predictive given the first {@code n} points ({@code n = 0}: the prior predictive).
   */
  public double meanNll(double[] xTrain, double[] yTrain, int n, double[] xTest,
      double[] yTest) {
    double noise = prior.noiseVariance();
    double priorVar = prior.outputScale() + noise;
    if (n == 0) {
      double total = 0;
      for (double y : yTest) {
        total += gaussianNll(y, 0, priorVar);
      }
      return total / yTest.length;
    }
    double[][] k = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        k[i][j] = prior.kernel(xTrain[i], xTrain[j]) + (i == j ? noise : 0);
      }
    }
    Cholesky l = Cholesky.of(k);
    double[] alpha = l.solveLower(java.util.Arrays.copyOf(yTrain, n));
    double total = 0;
    for (int t = 0; t < xTest.length; t++) {
      double[] ks = new double[n];
      for (int i = 0; i < n; i++) {
        ks[i] = prior.kernel(xTest[t], xTrain[i]);
      }
      double[] v = l.solveLower(ks);
      double mean = 0;
      double var = priorVar;
      for (int i = 0; i < n; i++) {
        mean += v[i] * alpha[i];
        var -= v[i] * v[i];
      }
      total += gaussianNll(yTest[t], mean, var);
    }
    return total / xTest.length;
  }

  private static double gaussianNll(double y, double mean, double var) {
    double d = y - mean;
    return 0.5 * Math.log(2 * Math.PI * var) + d * d / (2 * var);
  }
}
