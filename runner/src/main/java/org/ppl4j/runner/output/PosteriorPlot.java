package org.ppl4j.runner.output;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ppl4j.runner.plot.Figure;
import org.ppl4j.runner.plot.Histogram;

/**
 * The figure of {@code ppl run --plot OUT.svg}: one weighted density histogram per summary leaf,
 * drawn by the {@code plot} package. A leaf whose draws are all equal gets a single narrow bin.
 */
public final class PosteriorPlot {
  private static final int BINS = 30;

  private PosteriorPlot() {}

  /** The histograms of every leaf of {@code draws} as an SVG document. */
  public static String svg(DrawTable draws) {
    Map<String, Histogram> byLeaf = new LinkedHashMap<>();
    for (int c = 0; c < draws.columns().size(); c++) {
      int n = draws.rows().size();
      double[] values = new double[n];
      double[] logWeights = new double[n];
      for (int r = 0; r < n; r++) {
        values[r] = draws.rows().get(r)[c];
        logWeights[r] = draws.weights().isPresent()
            ? Math.log(draws.weights().get()[r]) : 0.0;
      }
      byLeaf.put(draws.columns().get(c), Histogram.of(values, logWeights, BINS));
    }
    return Figure.histograms(byLeaf).toSvg();
  }
}
