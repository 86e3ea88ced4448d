package org.ppl4j.pfn;

import org.apache.commons.math3.special.Erf;
import org.ppl4j.semantics.random.Rng;

/**
 * A bar ("Riemann") distribution: probabilities over the buckets of {@link BucketBorders},
 * uniform within inner buckets, half-normal in the two tail buckets (Müller et al. 2022).
 * Immutable.
 */
public final class BarDistribution {

  private static final double SQRT2 = Math.sqrt(2);
  private final BucketBorders borders;
  private final double[] logProbabilities;
  private final double[] cumulative;

  /**
   * A distribution from bucket log-probabilities (normalised here, so logits may be given).
   *
   * @param logProbabilities K finite values, K = borders.buckets()
   */
  public BarDistribution(BucketBorders borders, double[] logProbabilities) {
    int k = borders.buckets();
    if (logProbabilities.length != k) {
      throw new IllegalArgumentException(
          "expected " + k + " bucket log-probabilities, got " + logProbabilities.length);
    }
    double max = Double.NEGATIVE_INFINITY;
    for (double v : logProbabilities) {
      max = Math.max(max, v);
    }
    double sum = 0;
    for (double v : logProbabilities) {
      sum += Math.exp(v - max);
    }
    double logNorm = max + Math.log(sum);
    this.borders = borders;
    this.logProbabilities = new double[k];
    this.cumulative = new double[k + 1];
    for (int b = 0; b < k; b++) {
      this.logProbabilities[b] = logProbabilities[b] - logNorm;
      cumulative[b + 1] = cumulative[b] + Math.exp(this.logProbabilities[b]);
    }
  }

  /** The bucket borders. */
  public BucketBorders borders() {
    return borders;
  }

  /** Probability of bucket {@code b}. */
  public double probability(int b) {
    return Math.exp(logProbabilities[b]);
  }

  /** Log density at {@code y} (finite everywhere). */
  public double logDensity(double y) {
    return logProbabilities[borders.bucketOf(y)] + borders.logDensityWithinBucket(y);
  }

  /** The mean: bucket midpoints, and {@code edge -+ s sqrt(2/pi)} for the tails. */
  public double mean() {
    double m = 0;
    for (int b = 0; b < borders.buckets(); b++) {
      m += probability(b) * bucketMean(b);
    }
    return m;
  }

  /** The variance (law of total variance over buckets). */
  public double variance() {
    double m = mean();
    double v = 0;
    for (int b = 0; b < borders.buckets(); b++) {
      double d = bucketMean(b) - m;
      v += probability(b) * (bucketVariance(b) + d * d);
    }
    return v;
  }

  private boolean isTail(int b) {
    return b == 0 || b == borders.buckets() - 1;
  }

  private double bucketMean(int b) {
    if (isTail(b)) {
      double offset = borders.tailScale(b) * Math.sqrt(2 / Math.PI);
      return b == 0 ? borders.border(1) - offset : borders.border(b) + offset;
    }
    return 0.5 * (borders.border(b) + borders.border(b + 1));
  }

  private double bucketVariance(int b) {
    if (isTail(b)) {
      double s = borders.tailScale(b);
      return s * s * (1 - 2 / Math.PI);
    }
    double w = borders.width(b);
    return w * w / 12;
  }

  /** {@code P(Y <= y)}. */
  public double cdf(double y) {
    int b = borders.bucketOf(y);
    double p = probability(b);
    double within;
    if (b == 0) {
      double s = borders.tailScale(0);
      within = Erf.erfc((borders.border(1) - y) / (s * SQRT2));
    } else if (b == borders.buckets() - 1) {
      double s = borders.tailScale(b);
      within = Erf.erf((y - borders.border(b)) / (s * SQRT2));
    } else {
      within = (y - borders.border(b)) / borders.width(b);
    }
    return Math.min(1, cumulative[b] + p * within);
  }

  /**
   * The {@code q}-quantile.
   *
   * @param q probability in (0, 1)
   */
  public double quantile(double q) {
    if (!(q > 0 && q < 1)) {
      throw new IllegalArgumentException("quantile level must lie in (0, 1), got " + q);
    }
    int k = borders.buckets();
    int b = 0;
    while (b < k - 1 && cumulative[b + 1] < q) {
      b++;
    }
    double p = probability(b);
    double u = p > 0 ? Math.min(1, Math.max(0, (q - cumulative[b]) / p)) : 0.5;
    return withinBucket(b, u);
  }

  private double withinBucket(int b, double u) {
    if (b == 0) {
      double s = borders.tailScale(0);
      return borders.border(1) - s * SQRT2 * Erf.erfcInv(Math.max(u, 1e-300));
    }
    if (b == borders.buckets() - 1) {
      double s = borders.tailScale(b);
      return borders.border(b) + s * SQRT2 * Erf.erfInv(Math.min(u, 1 - 1e-16));
    }
    return borders.border(b) + u * borders.width(b);
  }

  /** One draw: a bucket by its probability, then a point within it. */
  public double sample(Rng rng) {
    double r = rng.nextDouble();
    int k = borders.buckets();
    int b = 0;
    while (b < k - 1 && cumulative[b + 1] <= r) {
      b++;
    }
    return withinBucket(b, rng.nextDouble());
  }
}
