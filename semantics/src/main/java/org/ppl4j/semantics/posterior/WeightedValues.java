package org.ppl4j.semantics.posterior;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Real draws with normalised weights, and the statistics of the discrete measure they define:
 * mean, standard deviation, quantiles, probabilities of distinct values and histograms. The
 * same formulas serve unweighted draws (equal weights), weighted draws (importance sampling,
 * SMC) and exact posteriors (the enumerator), so that an exact answer is summarised exactly.
 */
public final class WeightedValues {
  private final double[] sorted;
  private final double[] sortedWeights;
  private final double mean;
  private final double sd;

  /**
   * Draws {@code values} with unnormalised {@code logWeights}.
   *
   * @param values the draws, finite, at least one
   * @param logWeights their log weights, same length, at least one finite
   * @throws IllegalArgumentException when lengths differ, a value is not finite or every
   *     weight is zero
   */
  public WeightedValues(double[] values, double[] logWeights) {
    if (values.length != logWeights.length) {
      throw new IllegalArgumentException(
          "values and logWeights differ in length: " + values.length + " vs "
              + logWeights.length);
    }
    double logMax = Arrays.stream(logWeights).max().orElse(Double.NEGATIVE_INFINITY);
    if (logMax == Double.NEGATIVE_INFINITY || Double.isNaN(logMax)) {
      throw new IllegalArgumentException("every draw has zero weight: nothing to summarise");
    }
    Integer[] order = new Integer[values.length];
    double total = 0.0;
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException("draw " + i + " is not a finite number: " + values[i]);
      }
      order[i] = i;
      total += Math.exp(logWeights[i] - logMax);
    }
    Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
    sorted = new double[values.length];
    sortedWeights = new double[values.length];
    double m = 0.0;
    for (int k = 0; k < order.length; k++) {
      sorted[k] = values[order[k]];
      sortedWeights[k] = Math.exp(logWeights[order[k]] - logMax) / total;
      m += sortedWeights[k] * sorted[k];
    }
    double v = 0.0;
    for (int k = 0; k < sorted.length; k++) {
      v += sortedWeights[k] * (sorted[k] - m) * (sorted[k] - m);
    }
    double root = Math.sqrt(v);
    if (Double.isInfinite(v)) {
      // draws near 1e300: the variance overflows though the sd does not; scale by the largest
      double scale = Math.max(Math.abs(sorted[0]), Math.abs(sorted[sorted.length - 1]));
      double scaled = 0.0;
      for (int k = 0; k < sorted.length; k++) {
        double d = (sorted[k] - m) / scale;
        scaled += sortedWeights[k] * d * d;
      }
      root = scale * Math.sqrt(scaled);
    }
    boolean constant = sorted[0] == sorted[sorted.length - 1];
    mean = constant ? sorted[0] : m; // a constant's mean and sd are exact, free of rounding
    sd = constant ? 0.0 : root;
  }

  /** The weighted mean {@code Σ wᵢ xᵢ}. */
  public double mean() {
    return mean;
  }

  /**
   * The standard deviation of the weighted measure, {@code sqrt(Σ wᵢ (xᵢ − mean)²)} (no
   * {@code n/(n−1)} correction: exact for an exact posterior).
   */
  public double sd() {
    return sd;
  }

  /**
   * The {@code p}-quantile: the smallest draw {@code x} whose cumulative weight
   * {@code Σ_{xᵢ ≤ x} wᵢ} reaches {@code p} (the inverse of the weighted empirical CDF).
   *
   * @param p a probability in [0, 1]
   */
  public double quantile(double p) {
    if (!(p >= 0.0 && p <= 1.0)) {
      throw new IllegalArgumentException("quantile: p must be in [0, 1], got " + p);
    }
    double cumulative = 0.0;
    double target = p * (1.0 - 1e-12);
    for (int k = 0; k < sorted.length; k++) {
      cumulative += sortedWeights[k];
      if (cumulative >= target && sortedWeights[k] > 0.0) {
        return sorted[k];
      }
    }
    return sorted[sorted.length - 1];
  }

  /**
   * The probability of each distinct value, ascending, labelled by {@code kind}, when there
   * are at most {@code maxDistinct} distinct values of positive weight; empty otherwise.
   *
   * @param kind how the leaf's values are written (integer, boolean, real)
   * @param maxDistinct the most distinct values worth a table, &gt;= 0
   */
  public Optional<Map<String, Double>> probabilities(Leaf.Kind kind, int maxDistinct) {
    TreeMap<Double, Double> masses = new TreeMap<>();
    for (int k = 0; k < sorted.length; k++) {
      if (sortedWeights[k] > 0.0) {
        masses.merge(sorted[k], sortedWeights[k], Double::sum);
        if (masses.size() > maxDistinct) {
          return Optional.empty();
        }
      }
    }
    Map<String, Double> out = new LinkedHashMap<>();
    masses.forEach((value, mass) -> out.put(kind.label(value), mass));
    return Optional.of(java.util.Collections.unmodifiableMap(out));
  }

  /**
   * A histogram with {@code bins} equal bins over [min, max] of the draws (widened by 0.5 on
   * each side when all draws are equal).
   *
   * @param bins the number of bins, &gt; 0
   */
  public Histogram histogram(int bins) {
    if (bins <= 0) {
      throw new IllegalArgumentException("histogram: bins must be > 0, got " + bins);
    }
    double lo = sorted[0];
    double hi = sorted[sorted.length - 1];
    if (lo == hi) {
      lo -= 0.5;
      hi += 0.5;
    }
    double[] edges = new double[bins + 1];
    for (int b = 0; b <= bins; b++) {
      edges[b] = lo + (hi - lo) * b / bins;
    }
    edges[bins] = hi;
    double[] mass = new double[bins];
    for (int k = 0; k < sorted.length; k++) {
      int b = (int) Math.floor((sorted[k] - lo) / (hi - lo) * bins);
      mass[Math.min(Math.max(b, 0), bins - 1)] += sortedWeights[k];
    }
    return new Histogram(edges, mass);
  }
}
