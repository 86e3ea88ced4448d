package org.ppl4j.bench.dt;

import org.ppl4j.pfn.dt.Gmm;
import org.ppl4j.semantics.random.Rng;

/**
 * {@code KL(p || q)} estimated by Monte Carlo from {@code draws} draws of p:
 * {@code mean(log p(x) - log q(x))}, with its standard error (the mixtures' KL has no closed
 * form).
 *
 * @param kl the estimate
 * @param standardError the standard error of the mean
 * @param draws the number of draws, &gt;= 2
 */
public record MixtureKl(double kl, double standardError, int draws) {

  /** The estimate from {@code draws} draws of {@code p}. */
  public static MixtureKl estimate(Gmm p, Gmm q, int draws, Rng rng) {
    double sum = 0;
    double sumSq = 0;
    for (int i = 0; i < draws; i++) {
      double[] x = p.sample(rng);
      double v = p.logDensity(x) - q.logDensity(x);
      sum += v;
      sumSq += v * v;
    }
    double mean = sum / draws;
    double var = Math.max(0, sumSq / draws - mean * mean) * draws / (draws - 1);
    return new MixtureKl(mean, Math.sqrt(var / draws), draws);
  }
}
