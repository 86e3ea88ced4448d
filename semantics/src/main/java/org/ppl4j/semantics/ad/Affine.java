package org.ppl4j.semantics.ad;

/**
 * The rule of an affine node, {@code c + sum_k w[k] x[k]}, whose partials are the constant
 * weights: {@code sum} and {@code dot} with constant weights (a data row times the parameters)
 * record it directly, and {@link AffineFusion} makes one of every chain of additions, constant
 * multiples and subtractions in a recorded run (a linear predictor, the sum of the terms of a
 * log density), so that a replay evaluates it in one step and never rewrites its partials.
 *
 * @param offset the constant {@code c}
 * @param weights the weight of each parent, in order
 */
record Affine(double offset, double[] weights) implements Rule {

  @Override
  public double apply(double[] in, int n, double constant, double[] partials) {
    double total = offset;
    for (int k = 0; k < n; k++) {
      total += weights[k] * in[k];
    }
    if (partials != null) {
      System.arraycopy(weights, 0, partials, 0, n);
    }
    return total;
  }

  @Override
  public boolean canReject() {
    return false;
  }
}
