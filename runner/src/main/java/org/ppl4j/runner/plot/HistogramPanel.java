package org.ppl4j.runner.plot;

import java.util.Objects;

/**
 * The histogram of one posterior leaf drawn as a density: bars of height mass / width over
 * their bins, so the bars' total area is 1.
 *
 * @param title the leaf's name (e.g. {@code theta[0]})
 * @param histogram the binned posterior mass
 * @param discrete whether each bin holds one whole number (an {@code Int} or {@code Bool} leaf):
 *     its bar is drawn narrower than the bin, and x ticks fall on whole numbers
 */
public record HistogramPanel(String title, Histogram histogram, boolean discrete)
    implements Panel {

  static final String BAR = "#4c78a8";

  /** Validates the fields. */
  public HistogramPanel {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(histogram, "histogram");
  }

  /** The histogram of a real leaf. */
  public HistogramPanel(String title, Histogram histogram) {
    this(title, histogram, false);
  }

  @Override
  public void draw(SvgCanvas canvas, Region region) {
    double[] edges = histogram.edges();
    double top = 0;
    for (int i = 0; i < histogram.bins(); i++) {
      top = Math.max(top, histogram.density(i));
    }
    Axes axes = Axes.draw(canvas, region, title, title, discrete ? "probability" : "density",
        edges[0], edges[edges.length - 1], 0, top > 0 ? top * 1.05 : 1, discrete);
    double base = axes.yScale().apply(0);
    for (int i = 0; i < histogram.bins(); i++) {
      double left = axes.xScale().apply(edges[i]);
      double right = axes.xScale().apply(edges[i + 1]);
      double y = axes.yScale().apply(histogram.density(i));
      double gap = discrete ? (right - left) * 0.15 : right - left > 3 ? 0.5 : 0;
      canvas.rect(left + gap, y, right - left - 2 * gap, base - y, BAR);
    }
  }
}
