package org.ppl4j.inference.resampling;

import org.ppl4j.semantics.random.Rng;

/** Stratified resampling: positions {@code (k + U_k) / n}, one independent uniform each. */
final class StratifiedResampler implements Resampler {
  @Override
  public int[] ancestors(double[] probabilities, Rng rng) {
    int n = probabilities.length;
    double[] positions = new double[n];
    for (int k = 0; k < n; k++) {
      positions[k] = (k + rng.nextDouble()) / n;
    }
    return new CumulativeWeights(probabilities).sweep(positions);
  }

  @Override
  public String name() {
    return "stratified";
  }
}
