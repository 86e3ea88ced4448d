package org.ppl4j.inference.resampling;

import org.ppl4j.semantics.random.Rng;

/**
 * Residual resampling: {@code floor(n w[i])} copies of particle {@code i}, then the remaining
 * {@code R} offspring drawn multinomially from the residuals {@code n w[i] - floor(n w[i])}.
 */
final class ResidualResampler implements Resampler {
  @Override
  public int[] ancestors(double[] probabilities, Rng rng) {
    int n = probabilities.length;
    int[] out = new int[n];
    double[] residuals = new double[n];
    int filled = 0;
    double residualTotal = 0;
    for (int i = 0; i < n; i++) {
      double expected = n * probabilities[i];
      int copies = (int) Math.min(Math.floor(expected), n - filled);
      for (int c = 0; c < copies; c++) {
        out[filled++] = i;
      }
      residuals[i] = Math.max(0, expected - copies);
      residualTotal += residuals[i];
    }
    if (filled < n) {
      for (int i = 0; i < n; i++) {
        residuals[i] /= residualTotal;
      }
      CumulativeWeights cdf = new CumulativeWeights(residuals);
      while (filled < n) {
        out[filled++] = cdf.indexOf(rng.nextDouble());
      }
    }
    return out;
  }

  @Override
  public String name() {
    return "residual";
  }
}
