package org.ppl4j.pfn;

import java.util.Arrays;

/**
 * The bucket borders of a bar ("Riemann") distribution (Müller et al. 2022): K buckets with equal
 * prior mass, chosen from a large sample of prior values. The first and last buckets stand for
 * half-normal tails that reach past the sample's range, so the support is the whole real line.
 *
 * <p>Borders are strictly increasing; bucket b is {@code [borders[b], borders[b+1])}. For the
 * tails, the half-normal scale {@code s = width / 0.6745} puts half the tail's mass inside its
 * bucket (0.6745 is the half-normal median for scale 1).
 */
public final class BucketBorders {

  /** Median of the standard half-normal distribution, Phi^-1(0.75). */
  static final double HALF_NORMAL_MEDIAN = 0.6744897501960817;

  private final double[] borders;

  private BucketBorders(double[] borders) {
    this.borders = borders;
  }

  /**
   * Borders given explicitly (e.g. read from a file).
   *
   * @param borders at least 3 strictly increasing finite values (2 or more buckets)
   */
  public static BucketBorders of(double[] borders) {
    if (borders.length < 3) {
      throw new IllegalArgumentException(
          "a bar distribution needs at least 2 buckets, got " + (borders.length - 1));
    }
    for (int i = 0; i < borders.length; i++) {
      if (!Double.isFinite(borders[i]) || (i > 0 && !(borders[i] > borders[i - 1]))) {
        throw new IllegalArgumentException(
            "bucket borders must be finite and strictly increasing; border " + i + " is "
                + borders[i]);
      }
    }
    return new BucketBorders(borders.clone());
  }

  /**
   * Equal-mass borders from prior samples: sort; inner borders at the midpoints between the
   * values at ranks {@code i * len / K - 1} and {@code i * len / K}; outer borders at the sample
   * minimum and maximum; duplicate borders dropped (so there may be fewer than K buckets).
   *
   * @param samples prior draws, finite, at least {@code 2 * buckets} of them
   * @param buckets requested number of buckets K, &gt;= 2
   */
  public static BucketBorders fromSamples(double[] samples, int buckets) {
    if (buckets < 2) {
      throw new IllegalArgumentException("buckets must be >= 2, got " + buckets);
    }
    if (samples.length < 2 * buckets) {
      throw new IllegalArgumentException("need at least " + 2 * buckets
          + " prior samples for " + buckets + " buckets, got " + samples.length);
    }
    double[] s = samples.clone();
    Arrays.sort(s);
    if (!Double.isFinite(s[0]) || !Double.isFinite(s[s.length - 1])) {
      throw new IllegalArgumentException("prior samples must be finite");
    }
    double[] raw = new double[buckets + 1];
    raw[0] = s[0];
    raw[buckets] = s[s.length - 1];
    for (int i = 1; i < buckets; i++) {
      int idx = (int) ((long) i * s.length / buckets);
      raw[i] = 0.5 * (s[idx - 1] + s[idx]);
    }
    double[] unique = new double[raw.length];
    int n = 0;
    for (double b : raw) {
      if (n == 0 || b > unique[n - 1]) {
        unique[n++] = b;
      }
    }
    return of(Arrays.copyOf(unique, n));
  }

  /** Number of buckets K. */
  public int buckets() {
    return borders.length - 1;
  }

  /** A copy of the K + 1 borders. */
  public double[] borders() {
    return borders.clone();
  }

  /** Border {@code i} in {@code [0, K]}. */
  public double border(int i) {
    return borders[i];
  }

  /** Width of bucket {@code b}. */
  public double width(int b) {
    return borders[b + 1] - borders[b];
  }

  /** Scale of the half-normal tail of the first ({@code b = 0}) or last bucket. */
  public double tailScale(int b) {
    return width(b) / HALF_NORMAL_MEDIAN;
  }

  /**
   * The bucket holding {@code y}: 0 for {@code y < border(1)}, K-1 for {@code y >= border(K-1)}
   * (the tails), else the b with {@code border(b) <= y < border(b+1)}.
   */
  public int bucketOf(double y) {
    int k = buckets();
    if (y < borders[1]) {
      return 0;
    }
    if (y >= borders[k - 1]) {
      return k - 1;
    }
    int i = Arrays.binarySearch(borders, y);
    return i >= 0 ? i : -i - 2;
  }

  /**
   * The log density of {@code y} given that it lies in its bucket: {@code -log width} for an inner
   * bucket, the half-normal log density for a tail.
   */
  public double logDensityWithinBucket(double y) {
    int b = bucketOf(y);
    int k = buckets();
    if (b == 0 || b == k - 1) {
      double s = tailScale(b);
      double d = b == 0 ? borders[1] - y : y - borders[k - 1];
      return Math.log(2 / (s * Math.sqrt(2 * Math.PI))) - d * d / (2 * s * s);
    }
    return -Math.log(width(b));
  }
}
