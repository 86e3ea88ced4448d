package org.ppl4j.runner.plot;

import java.util.Arrays;
import org.ppl4j.semantics.posterior.WeightedValues;

/**
 * A histogram ready to draw: {@code edges.length - 1} bins, bin {@code i} covering
 * [edges[i], edges[i+1]) and holding probability mass {@code masses[i]}.
 *
 * <p>Masses are probabilities (they sum to 1 up to rounding); the plot draws each bar with
 * height mass / width, so that the bars' area is the probability, as a density estimate.
 *
 * @param edges strictly increasing, finite bin edges, at least two
 * @param masses one non-negative mass per bin
 */
public record Histogram(double[] edges, double[] masses) {

  /** Validates and copies the arrays. */
  public Histogram {
    edges = edges.clone();
    masses = masses.clone();
    if (edges.length < 2 || masses.length != edges.length - 1) {
      throw new IllegalArgumentException(
          "a histogram needs n+1 edges for n masses, got " + edges.length + " edges and "
              + masses.length + " masses");
    }
    for (int i = 0; i < edges.length; i++) {
      if (!Double.isFinite(edges[i]) || (i > 0 && edges[i] <= edges[i - 1])) {
        throw new IllegalArgumentException("histogram edges must be finite and increasing: "
            + Arrays.toString(edges));
      }
    }
    for (double m : masses) {
      if (!(m >= 0) || !Double.isFinite(m)) {
        throw new IllegalArgumentException("histogram mass must be finite and >= 0, got " + m);
      }
    }
  }

  /**
   * The weighted histogram of draws with equal-width bins spanning their range, binned by
   * {@link WeightedValues#histogram} (a single value gets one unit-wide bin around it).
   *
   * @param values the draws; non-finite draws are dropped
   * @param logWeights one unnormalised log weight per draw (all equal for unweighted draws);
   *     draws of weight zero ({@code -inf}) are dropped
   * @param bins number of bins, &gt;= 1
   * @throws IllegalArgumentException if no draw is finite with positive weight, or lengths differ
   */
  public static Histogram of(double[] values, double[] logWeights, int bins) {
    if (values.length != logWeights.length) {
      throw new IllegalArgumentException("values and logWeights differ in length: "
          + values.length + " vs " + logWeights.length);
    }
    if (bins < 1) {
      throw new IllegalArgumentException("bins must be >= 1, got " + bins);
    }
    double[] kept = new double[values.length];
    double[] keptLogWeights = new double[values.length];
    int n = 0;
    for (int i = 0; i < values.length; i++) {
      if (Double.isFinite(values[i]) && logWeights[i] > Double.NEGATIVE_INFINITY) {
        kept[n] = values[i];
        keptLogWeights[n++] = logWeights[i];
      }
    }
    if (n == 0) {
      throw new IllegalArgumentException("no finite draw with positive weight to plot");
    }
    return from(new WeightedValues(Arrays.copyOf(kept, n), Arrays.copyOf(keptLogWeights, n))
        .histogram(bins));
  }

  /** The drawing of a posterior histogram computed by the semantics module. */
  public static Histogram from(org.ppl4j.semantics.posterior.Histogram histogram) {
    return new Histogram(histogram.edges(), histogram.probabilities());
  }

  /** The number of bins. */
  public int bins() {
    return masses.length;
  }

  /**
   * The height of bin {@code i} as a density: mass / width.
   *
   * @param i the bin, in [0, bins())
   */
  public double density(int i) {
    return masses[i] / (edges[i + 1] - edges[i]);
  }

  /** A copy of the edges. */
  @Override
  public double[] edges() {
    return edges.clone();
  }

  /** A copy of the masses. */
  @Override
  public double[] masses() {
    return masses.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Histogram h && Arrays.equals(edges, h.edges) && Arrays.equals(masses, h.masses);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(edges) + Arrays.hashCode(masses);
  }

  @Override
  public String toString() {
    return "Histogram[edges=" + Arrays.toString(edges) + ", masses=" + Arrays.toString(masses) + "]";
  }
}
