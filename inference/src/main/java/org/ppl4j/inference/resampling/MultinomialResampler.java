package org.ppl4j.inference.resampling;

import org.ppl4j.semantics.random.Rng;

/** Multinomial resampling: {@code n} independent draws by inverse CDF, one uniform each. */
final class MultinomialResampler implements Resampler {
  @Override
  public int[] ancestors(double[] probabilities, Rng rng) {
    CumulativeWeights cdf = new CumulativeWeights(probabilities);
    int[] out = new int[probabilities.length];
    for (int k = 0; k < out.length; k++) {
      out[k] = cdf.indexOf(rng.nextDouble());
    }
    return out;
  }

  @Override
  public String name() {
    return "multinomial";
  }
}
