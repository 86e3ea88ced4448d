package org.ppl4j.inference.resampling;

/** Inverse-CDF search over normalised weights, shared by the resampling schemes. */
final class CumulativeWeights {
  private final double[] cumulative;
  private final int lastPositive;

  CumulativeWeights(double[] probabilities) {
    cumulative = new double[probabilities.length];
    double sum = 0;
    int last = -1;
    for (int i = 0; i < probabilities.length; i++) {
      double p = probabilities[i];
      if (!(p >= 0) || p == Double.POSITIVE_INFINITY) {
        throw new IllegalArgumentException("weight " + i + " is not a probability: " + p);
      }
      sum += p;
      cumulative[i] = sum;
      if (p > 0) {
        last = i;
      }
    }
    if (last < 0) {
      throw new IllegalArgumentException("every weight is zero");
    }
    lastPositive = last;
  }

  /**
   * The first index {@code i} with {@code u < C[i]}, {@code u} in [0, 1); rounding that leaves
   * {@code C[n-1]} just under {@code u} gives the last index of positive weight.
   */
  int indexOf(double u) {
    int lo = 0;
    int hi = lastPositive;
    if (u >= cumulative[hi]) {
      return hi;
    }
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (u < cumulative[mid]) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /**
   * Ancestors for the sorted positions {@code positions} (non-decreasing, in [0, 1)), by one
   * linear sweep.
   */
  int[] sweep(double[] positions) {
    int[] out = new int[positions.length];
    int i = 0;
    for (int k = 0; k < positions.length; k++) {
      double u = positions[k];
      while (i < lastPositive && u >= cumulative[i]) {
        i++;
      }
      out[k] = i;
    }
    return out;
  }
}
