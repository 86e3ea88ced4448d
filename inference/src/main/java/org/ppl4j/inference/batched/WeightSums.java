package org.ppl4j.inference.batched;

import org.ppl4j.inference.parallel.Parallelism;

/**
 * The population's weights relative to the largest, {@code w[p] = exp(logWeight[p] - max)},
 * with their sum and sum of squares: one pass of exponentials gives the Kish ESS
 * {@code (sum w)^2 / sum w^2}, the log total weight {@code max + log sum w} and the normalised
 * weights {@code w / sum w} that resampling takes. Sums are taken per block of
 * {@link BatchedPopulation#CHUNK} particles (in parallel) and added in block order, so they do
 * not depend on the number of threads.
 */
final class WeightSums {
  private final double[] w;
  private final double[] blockMax;
  private final double[] blockSum;
  private final double[] blockSumSq;
  private double max;
  private double sum;
  private double sumSq;

  WeightSums(int n) {
    int blocks = (n + BatchedPopulation.CHUNK - 1) / BatchedPopulation.CHUNK;
    this.w = new double[n];
    this.blockMax = new double[blocks];
    this.blockSum = new double[blocks];
    this.blockSumSq = new double[blocks];
  }

  /** Computes the relative weights and sums of {@code logWeights}. */
  void of(double[] logWeights, Parallelism parallelism) {
    int n = w.length;
    int blocks = blockMax.length;
    parallelism.forEach(blocks, 1, b -> {
      double bm = Double.NEGATIVE_INFINITY;
      for (int p = b * BatchedPopulation.CHUNK, end = Math.min(n, p + BatchedPopulation.CHUNK);
          p < end; p++) {
        bm = Math.max(bm, logWeights[p]);
      }
      blockMax[b] = bm;
    });
    double largest = Double.NEGATIVE_INFINITY;
    for (double x : blockMax) {
      largest = Math.max(largest, x);
    }
    final double m = largest;
    max = m;
    if (m == Double.NEGATIVE_INFINITY) {
      sum = 0;
      sumSq = 0;
      return;
    }
    parallelism.forEach(blocks, 1, b -> {
      double s = 0;
      double s2 = 0;
      for (int p = b * BatchedPopulation.CHUNK, end = Math.min(n, p + BatchedPopulation.CHUNK);
          p < end; p++) {
        double x = Math.exp(logWeights[p] - m);
        w[p] = x;
        s += x;
        s2 += x * x;
      }
      blockSum[b] = s;
      blockSumSq[b] = s2;
    });
    double s = 0;
    double s2 = 0;
    for (int b = 0; b < blocks; b++) {
      s += blockSum[b];
      s2 += blockSumSq[b];
    }
    sum = s;
    sumSq = s2;
  }

  /** The Kish effective sample size; 0 when every weight is zero. */
  double kishEss() {
    return sum == 0 ? 0 : sum * sum / sumSq;
  }

  /** The log of the total weight. */
  double logTotal() {
    return max + Math.log(sum);
  }

  /** The normalised weights (a new array). */
  double[] normalised() {
    double[] out = new double[w.length];
    double inv = 1 / sum;
    for (int p = 0; p < out.length; p++) {
      out[p] = w[p] * inv;
    }
    return out;
  }
}
