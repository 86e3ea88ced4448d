package org.ppl4j.runner.plot;

/**
 * The frame of one panel: title, x and y axes with nice ticks and labels, and the two scales
 * that map data into the plotting area inside the margins.
 *
 * @param xScale data x to pixel x
 * @param yScale data y to pixel y (growing upwards)
 * @param area the plotting area inside the margins
 */
public record Axes(LinearScale xScale, LinearScale yScale, Region area) {

  private static final double LEFT = 52;
  private static final double TOP = 26;
  private static final double RIGHT = 14;
  private static final double BOTTOM = 38;
  static final String INK = "#333333";
  static final String GRID = "#e5e5e5";

  /**
   * Draws the frame of a panel over data ranges [xLo, xHi] x [yLo, yHi] and returns its scales.
   *
   * @param canvas where to draw
   * @param region the panel's region of the canvas
   * @param title panel title (e.g. the leaf name)
   * @param xLabel label under the x axis
   * @param yLabel label left of the y axis
   */
  public static Axes draw(SvgCanvas canvas, Region region, String title, String xLabel,
      String yLabel, double xLo, double xHi, double yLo, double yHi) {
    return draw(canvas, region, title, xLabel, yLabel, xLo, xHi, yLo, yHi, false);
  }

  /**
   * As {@link #draw(SvgCanvas, Region, String, String, String, double, double, double, double)},
   * with x ticks only at whole numbers when {@code integerX} (for a discrete leaf).
   */
  public static Axes draw(SvgCanvas canvas, Region region, String title, String xLabel,
      String yLabel, double xLo, double xHi, double yLo, double yHi, boolean integerX) {
    Region area = region.inset(LEFT, TOP, RIGHT, BOTTOM);
    LinearScale x = LinearScale.of(xLo, xHi, area.x(), area.x() + area.width());
    LinearScale y = LinearScale.of(yLo, yHi, area.y() + area.height(), area.y());
    for (double t : y.ticks(5)) {
      double py = y.apply(t);
      canvas.line(area.x(), py, area.x() + area.width(), py, GRID, 1);
      canvas.text(area.x() - 5, py + 4, LinearScale.label(t), "end", 10);
    }
    for (double t : x.ticks(6)) {
      if (integerX && t != Math.rint(t)) {
        continue;
      }
      double px = x.apply(t);
      canvas.line(px, area.y() + area.height(), px, area.y() + area.height() + 4, INK, 1);
      canvas.text(px, area.y() + area.height() + 16, LinearScale.label(t), "middle", 10);
    }
    canvas.line(area.x(), area.y() + area.height(), area.x() + area.width(),
        area.y() + area.height(), INK, 1);
    canvas.line(area.x(), area.y(), area.x(), area.y() + area.height(), INK, 1);
    canvas.text(region.x() + region.width() / 2, region.y() + 17, title, "middle", 13);
    canvas.text(area.x() + area.width() / 2, region.y() + region.height() - 6, xLabel, "middle", 11);
    canvas.verticalText(region.x() + 12, area.y() + area.height() / 2, yLabel, 11);
    return new Axes(x, y, area);
  }
}
