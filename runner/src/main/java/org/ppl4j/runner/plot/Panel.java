package org.ppl4j.runner.plot;

/**
 * One plot of a {@link Figure}: a histogram of a posterior leaf, or lines (MCMC traces, the
 * ESS of an SMC run).
 */
public sealed interface Panel permits HistogramPanel, LinePanel {

  /** The panel's title. */
  String title();

  /** Draws the panel into {@code region} of {@code canvas}. */
  void draw(SvgCanvas canvas, Region region);
}
