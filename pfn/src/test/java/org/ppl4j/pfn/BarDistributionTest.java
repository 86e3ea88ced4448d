package org.ppl4j.pfn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.ppl4j.semantics.random.Rng;

/** Exact and statistical checks of bucket borders and the bar distribution. */
class BarDistributionTest {

  private static BucketBorders normalBorders(int k, int n, long seed) {
    Rng rng = Rng.seeded(seed);
    double[] s = new double[n];
    for (int i = 0; i < n; i++) {
      s[i] = rng.nextGaussian();
    }
    return BucketBorders.fromSamples(s, k);
  }

  private static BarDistribution randomBar(BucketBorders b, long seed) {
    Rng rng = Rng.seeded(seed);
    double[] logits = new double[b.buckets()];
    for (int i = 0; i < logits.length; i++) {
      logits[i] = 2 * rng.nextGaussian();
    }
    return new BarDistribution(b, logits);
  }

  @Test
  void bordersGiveEqualPriorMassPerBucket() {
    int n = 100_000;
    int k = 50;
    Rng rng = Rng.seeded(3);
    double[] s = new double[n];
    for (int i = 0; i < n; i++) {
      s[i] = rng.nextGaussian();
    }
    BucketBorders b = BucketBorders.fromSamples(s, k);
    assertEquals(k, b.buckets());
    int[] counts = new int[k];
    for (double v : s) {
      counts[b.bucketOf(v)]++;
    }
    for (int c : counts) {
      assertTrue(Math.abs(c - n / k) <= 1, "bucket count " + c + " vs " + n / k);
    }
  }

  @Test
  void duplicateBordersAreDropped() {
    double[] s = new double[1000];
    for (int i = 0; i < s.length; i++) {
      s[i] = i < 900 ? 0.0 : i;
    }
    BucketBorders b = BucketBorders.fromSamples(s, 10);
    double[] e = b.borders();
    for (int i = 1; i < e.length; i++) {
      assertTrue(e[i] > e[i - 1]);
    }
    assertTrue(b.buckets() < 10);
  }

  @Test
  void badBordersAreRejectedWithTheirIndex() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BucketBorders.of(new double[] {0, 1, 1, 2}));
    assertTrue(e.getMessage().contains("border 2"), e.getMessage());
  }

  @Test
  void densityIntegratesToOneAndMatchesCdf() {
    BucketBorders b = normalBorders(20, 10_000, 5);
    BarDistribution d = randomBar(b, 6);
    double lo = b.border(1) - 12 * b.tailScale(0);
    double hi = b.border(b.buckets() - 1) + 12 * b.tailScale(b.buckets() - 1);
    int steps = 2_000_000;
    double h = (hi - lo) / steps;
    double total = 0;
    double firstMoment = 0;
    for (int i = 0; i < steps; i++) {
      double y = lo + (i + 0.5) * h;
      double p = Math.exp(d.logDensity(y)) * h;
      total += p;
      firstMoment += y * p;
      if (i % 200_000 == 0) {
        assertEquals(d.cdf(y + 0.5 * h), total, 2e-4, "cdf at " + y);
      }
    }
    assertEquals(1.0, total, 1e-4);
    assertEquals(d.mean(), firstMoment, 1e-3);
  }

  @Test
  void quantileInvertsCdf() {
    BarDistribution d = randomBar(normalBorders(30, 10_000, 8), 9);
    for (double q : new double[] {1e-6, 0.01, 0.05, 0.3, 0.5, 0.77, 0.95, 0.999}) {
      assertEquals(q, d.cdf(d.quantile(q)), 1e-9, "q = " + q);
    }
    assertThrows(IllegalArgumentException.class, () -> d.quantile(1.0));
  }

  /**
   * Sampling: N = 40,000 draws, seed 11; the sample mean and variance must be within 4.5 Monte
   * Carlo standard errors of mean() and variance(), and the KS statistic against cdf() below the
   * p = 1e-4 critical value 1.95 / sqrt(N).
   */
  @Test
  void samplesFollowTheDistribution() {
    BarDistribution d = randomBar(normalBorders(25, 10_000, 10), 12);
    Rng rng = Rng.seeded(11);
    int n = 40_000;
    double[] x = new double[n];
    double s = 0;
    for (int i = 0; i < n; i++) {
      x[i] = d.sample(rng);
      s += x[i];
    }
    double mean = s / n;
    double ss = 0;
    double s4 = 0;
    for (double v : x) {
      double c = v - d.mean();
      ss += c * c;
      s4 += c * c * c * c;
    }
    double var = d.variance();
    double zMean = (mean - d.mean()) / Math.sqrt(var / n);
    double varSe = Math.sqrt((s4 / n - var * var) / n);
    double zVar = (ss / n - var) / varSe;
    assertTrue(Math.abs(zMean) <= 4.5, "seed 11, N " + n + ", z(mean) " + zMean);
    assertTrue(Math.abs(zVar) <= 4.5, "seed 11, N " + n + ", z(var) " + zVar);
    Arrays.sort(x);
    double ks = 0;
    for (int i = 0; i < n; i++) {
      double f = d.cdf(x[i]);
      ks = Math.max(ks, Math.max(f - (double) i / n, (double) (i + 1) / n - f));
    }
    assertTrue(ks < 1.95 / Math.sqrt(n), "seed 11, N " + n + ", KS " + ks);
  }

  @Test
  void tailMeanIsEdgeMinusScaleTimesRootTwoOverPi() {
    BucketBorders b = BucketBorders.of(new double[] {-1, 0, 1, 2});
    double[] logits = {0, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
    BarDistribution left = new BarDistribution(b, logits);
    double s = 1 / BucketBorders.HALF_NORMAL_MEDIAN;
    assertEquals(-s * Math.sqrt(2 / Math.PI), left.mean(), 1e-12);
    assertEquals(0.5, left.cdf(-1), 1e-12, "half the tail's mass lies inside its bucket");
  }
}
