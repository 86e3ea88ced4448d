package org.ppl4j.inference.resampling;

import org.ppl4j.semantics.random.Rng;

/** Systematic resampling: positions {@code (k + U) / n} for one uniform {@code U}. */
final class SystematicResampler implements Resampler {
  @Override
  public int[] ancestors(double[] probabilities, Rng rng) {
    int n = probabilities.length;
    double u = rng.nextDouble();
    double[] positions = new double[n];
    for (int k = 0; k < n; k++) {
      positions[k] = (k + u) / n;
    }
    return new CumulativeWeights(probabilities).sweep(positions);
  }

  @Override
  public String name() {
    return "systematic";
  }
}
