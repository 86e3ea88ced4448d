package org.ppl4j.pfn.dt.evaluation;

import org.ppl4j.pfn.dt.Gmm;
import org.ppl4j.semantics.math.SpecialFunctions;

/**
 * The exact posterior and evidence of a scalar mean theta under a one-dimensional mixture prior
 * {@code sum_k w_k N(m_k, s_k^2)} with observations {@code y_i ~ N(theta, noise^2)}: component k
 * becomes {@code N(m'_k, s'_k^2)} with {@code 1/s'^2 = 1/s^2 + n/noise^2},
 * {@code m' = s'^2 (m/s^2 + sum y/noise^2)}, and its weight is multiplied by its marginal
 * likelihood of the data (Bishop 2006, sections 2.3.3 and 2.3.6).
 */
public final class ExactGaussianMean {

  private ExactGaussianMean() {}

  /** The posterior mixture. */
  public static Gmm posterior(Gmm prior, double[][] y, double noise) {
    int k = prior.components();
    double[] logWeights = new double[k];
    double[][] means = new double[k][1];
    double[][][] chol = new double[k][1][1];
    for (int c = 0; c < k; c++) {
      double[] one = componentPosterior(prior, c, y, noise);
      means[c][0] = one[0];
      chol[c][0][0] = one[1];
      logWeights[c] = prior.logWeight(c) + one[2];
    }
    return new Gmm(logWeights, means, chol);
  }

  /** {@code log p(y)}, the log evidence. */
  public static double logEvidence(Gmm prior, double[][] y, double noise) {
    double[] terms = new double[prior.components()];
    for (int c = 0; c < terms.length; c++) {
      terms[c] = prior.logWeight(c) + componentPosterior(prior, c, y, noise)[2];
    }
    return SpecialFunctions.logSumExp(terms);
  }

  /** The log likelihood {@code sum_i log N(y_i; theta, noise^2)}. */
  public static double logLikelihood(double theta, double[][] y, double noise) {
    double s = 0;
    for (double[] row : y) {
      double z = (row[0] - theta) / noise;
      s += -0.5 * z * z - Math.log(noise) - 0.5 * Math.log(2 * Math.PI);
    }
    return s;
  }

  /** {mean, sd, log marginal likelihood} of component c given y. */
  private static double[] componentPosterior(Gmm prior, int c, double[][] y, double noise) {
    double m = prior.mean(c)[0];
    double s = prior.cholesky(c, 0, 0);
    double precision = 1 / (s * s) + y.length / (noise * noise);
    double sum = 0;
    for (double[] row : y) {
      sum += row[0];
    }
    double var = 1 / precision;
    double mean = var * (m / (s * s) + sum / (noise * noise));
    // log marginal = log N(y; m 1, noise^2 I + s^2 11^T), via the posterior of theta:
    // log p(y) = log p(y | theta) + log p(theta) - log p(theta | y) at theta = mean.
    double logPrior = -0.5 * Math.pow((mean - m) / s, 2) - Math.log(s)
        - 0.5 * Math.log(2 * Math.PI);
    double logPost = -0.5 * Math.log(var) - 0.5 * Math.log(2 * Math.PI);
    double logMarginal = logLikelihood(mean, y, noise) + logPrior - logPost;
    return new double[] {mean, Math.sqrt(var), logMarginal};
  }
}
