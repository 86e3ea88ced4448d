package org.ppl4j.bench.dt;

import java.util.List;
import org.ppl4j.inference.population.LogWeights;
import org.ppl4j.pfn.dt.Gmm;
import org.ppl4j.semantics.posterior.ChainDiagnostics;
import org.ppl4j.semantics.posterior.Empirical;

/**
 * A Gaussian kernel density estimate of weighted one-dimensional particles, as a mixture: one
 * component per particle with its normalised weight, bandwidth by Silverman's rule
 * {@code 0.9 min(sd, IQR / 1.34) ESS^(-1/5)} (Silverman 1986, eq. 3.31) with the Kish effective
 * sample size. It lets particle methods be scored by the same densities as the mixtures.
 */
public final class ParticleDensity {

  private ParticleDensity() {}

  /** The density estimate of {@code draws}. */
  public static Gmm of(Empirical<Double> draws) {
    return of(toArray(draws.values()), draws.logWeights());
  }

  /** The density estimate of {@code values} with log-weights {@code logWeights}. */
  public static Gmm of(double[] values, double[] logWeights) {
    int n = values.length;
    double[] w = LogWeights.normalised(logWeights);
    double mean = 0;
    for (int i = 0; i < n; i++) {
      mean += w[i] * values[i];
    }
    double var = 0;
    for (int i = 0; i < n; i++) {
      var += w[i] * (values[i] - mean) * (values[i] - mean);
    }
    double ess = ChainDiagnostics.kishEss(logWeights);
    double iqr = weightedQuantile(values, w, 0.75) - weightedQuantile(values, w, 0.25);
    double spread = Math.min(Math.sqrt(var), iqr / 1.34);
    if (!(spread > 0)) {
      spread = Math.max(Math.sqrt(var), 1e-3);
    }
    double h = Math.max(1e-6, 0.9 * spread * Math.pow(ess, -0.2));
    double[] sds = new double[n];
    java.util.Arrays.fill(sds, h);
    return Gmm.univariate(w, values, sds);
  }

  private static double weightedQuantile(double[] values, double[] w, double p) {
    Integer[] order = new Integer[values.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
    double cum = 0;
    for (int i : order) {
      cum += w[i];
      if (cum >= p) {
        return values[i];
      }
    }
    return values[order[order.length - 1]];
  }

  private static double[] toArray(List<Double> values) {
    double[] out = new double[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.get(i);
    }
    return out;
  }
}
