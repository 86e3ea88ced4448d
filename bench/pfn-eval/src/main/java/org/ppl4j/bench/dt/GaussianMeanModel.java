package org.ppl4j.bench.dt;

import java.util.ArrayList;
import java.util.List;
import org.ppl4j.pfn.dt.Gmm;
import org.ppl4j.semantics.dist.Distributions;
import org.ppl4j.semantics.model.Model;

/**
 * The conjugate problem as a probabilistic program, for the particle methods: a component
 * {@code k ~ categorical(w)}, {@code theta ~ normal(m_k, s_k)}, then
 * {@code observe y_i ~ normal(theta, noise)} for each observation; returns theta.
 */
public final class GaussianMeanModel {

  private GaussianMeanModel() {}

  /** The model of {@code prior} (one-dimensional) and observations {@code y}. */
  public static Model<Double> of(Gmm prior, double[][] y, double noise) {
    int k = prior.components();
    double[] w = new double[k];
    for (int c = 0; c < k; c++) {
      w[c] = Math.exp(prior.logWeight(c));
    }
    List<Double> ys = new ArrayList<>(y.length);
    for (double[] row : y) {
      ys.add(row[0]);
    }
    return Model.sample(Distributions.categorical(w))
        .flatMap(c -> Model.sample(Distributions.normal(prior.mean(c)[0],
            prior.cholesky(c, 0, 0))))
        .flatMap(theta -> Model.forEach(ys,
            yi -> Model.observe(Distributions.normal(theta, noise), yi)).map(u -> theta));
  }
}
