package org.ppl4j.semantics.posterior;

/**
 * A histogram of one leaf: {@code bins} equal-width bins from the smallest to the largest draw,
 * each with the (weighted) probability of the draws falling in it; the last bin is closed.
 *
 * @param edges the bin edges, ascending, {@code bins + 1} of them
 * @param probabilities the probability of each bin, summing to 1
 */
public record Histogram(double[] edges, double[] probabilities) {

  /** Validates the components; see the type's documentation for their domains. */
  public Histogram {
    if (edges.length != probabilities.length + 1) {
      throw new IllegalArgumentException(
          "a histogram needs one more edge than bins: " + edges.length + " edges, "
              + probabilities.length + " bins");
    }
    edges = edges.clone();
    probabilities = probabilities.clone();
  }

  /** The number of bins. */
  public int bins() {
    return probabilities.length;
  }

  /** A copy of the edges. */
  @Override
  public double[] edges() {
    return edges.clone();
  }

  /** A copy of the bin probabilities. */
  @Override
  public double[] probabilities() {
    return probabilities.clone();
  }
}
