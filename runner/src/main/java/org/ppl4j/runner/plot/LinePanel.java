package org.ppl4j.runner.plot;

import java.util.List;
import java.util.Objects;

/**
 * Lines against a common x axis: one trace per MCMC chain (x = iteration), or the effective
 * sample size of an SMC population per step. Series get distinct colours and a legend when
 * there are several.
 *
 * @param title panel title
 * @param xLabel label of the x axis
 * @param yLabel label of the y axis
 * @param series the lines, at least one, each with at least one point
 * @param yFromZero whether the y axis starts at 0 (for counts such as an ESS) rather than at
 *     the smallest value
 */
public record LinePanel(String title, String xLabel, String yLabel, List<Series> series,
    boolean yFromZero) implements Panel {

  /** Colours of successive series (a colour-blind-safe qualitative palette). */
  static final List<String> PALETTE =
      List.of("#4c78a8", "#f58518", "#54a24b", "#e45756", "#72b7b2", "#b279a2", "#9d755d", "#bab0ac");

  /** Validates and copies the fields. */
  public LinePanel {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(xLabel, "xLabel");
    Objects.requireNonNull(yLabel, "yLabel");
    series = List.copyOf(series);
    if (series.isEmpty() || series.stream().anyMatch(s -> s.x().length == 0)) {
      throw new IllegalArgumentException("line panel '" + title + "' needs at least one non-empty series");
    }
  }

  /** Lines whose y axis spans the data's range (e.g. MCMC traces). */
  public LinePanel(String title, String xLabel, String yLabel, List<Series> series) {
    this(title, xLabel, yLabel, series, false);
  }

  @Override
  public void draw(SvgCanvas canvas, Region region) {
    double xLo = Double.POSITIVE_INFINITY;
    double xHi = Double.NEGATIVE_INFINITY;
    double yLo = Double.POSITIVE_INFINITY;
    double yHi = Double.NEGATIVE_INFINITY;
    for (Series s : series) {
      double[] x = s.x();
      double[] y = s.y();
      for (int i = 0; i < x.length; i++) {
        if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
          xLo = Math.min(xLo, x[i]);
          xHi = Math.max(xHi, x[i]);
          yLo = Math.min(yLo, y[i]);
          yHi = Math.max(yHi, y[i]);
        }
      }
    }
    if (xLo > xHi) {
      xLo = 0;
      xHi = 1;
      yLo = 0;
      yHi = 1;
    }
    if (yFromZero) {
      yLo = Math.min(0, yLo);
    }
    Axes axes = Axes.draw(canvas, region, title, xLabel, yLabel, xLo, xHi, yLo, yHi);
    for (int k = 0; k < series.size(); k++) {
      Series s = series.get(k);
      double[] x = s.x();
      double[] y = s.y();
      double[] px = new double[x.length];
      double[] py = new double[y.length];
      for (int i = 0; i < x.length; i++) {
        px[i] = Double.isFinite(x[i]) ? axes.xScale().apply(x[i]) : Double.NaN;
        py[i] = Double.isFinite(y[i]) ? axes.yScale().apply(y[i]) : Double.NaN;
      }
      String colour = PALETTE.get(k % PALETTE.size());
      canvas.polyline(px, py, colour, series.size() > 1 ? 1 : 1.5);
      if (series.size() > 1) {
        Region area = axes.area();
        double ly = area.y() + 4 + 12 * k;
        canvas.rect(area.x() + area.width() - 74, ly - 6, 72, 12, "white");
        canvas.line(area.x() + area.width() - 70, ly, area.x() + area.width() - 56, ly, colour, 2);
        canvas.text(area.x() + area.width() - 52, ly + 4, s.name(), "start", 10);
      }
    }
  }
}
