package org.ppl4j.runner.plot;

import java.util.List;

/**
 * Panels laid out on a grid, row by row, rendered as one standalone SVG document.
 *
 * @param panels the panels, at least one
 * @param columns panels per row, &gt;= 1
 * @param panelWidth width of each panel in pixels, &gt; 0
 * @param panelHeight height of each panel in pixels, &gt; 0
 */
public record Figure(List<Panel> panels, int columns, double panelWidth, double panelHeight) {

  /** Default panel width in pixels. */
  public static final double WIDTH = 360;
  /** Default panel height in pixels. */
  public static final double HEIGHT = 240;

  /** Validates and copies the fields. */
  public Figure {
    panels = List.copyOf(panels);
    if (panels.isEmpty()) {
      throw new IllegalArgumentException("a figure needs at least one panel");
    }
    if (columns < 1) {
      throw new IllegalArgumentException("columns must be >= 1, got " + columns);
    }
    if (!(panelWidth > 100 && panelHeight > 80)) {
      throw new IllegalArgumentException("panel size too small: " + panelWidth + "x" + panelHeight);
    }
  }

  /**
   * The panels with default sizes, at most {@code columns} per row.
   *
   * @param panels the panels, at least one
   * @param columns the most panels per row, &gt;= 1
   */
  public static Figure of(List<Panel> panels, int columns) {
    return new Figure(panels, Math.min(columns, Math.max(1, panels.size())), WIDTH, HEIGHT);
  }

  /**
   * One density histogram per posterior leaf, in the map's order, three per row (a posterior's
   * full figure, with trace and ESS panels, is {@code display.PosteriorFigure}).
   *
   * @param byLeaf histograms keyed by leaf name (e.g. {@code p}, {@code theta[0]}), not empty
   */
  public static Figure histograms(java.util.Map<String, Histogram> byLeaf) {
    List<Panel> panels = new java.util.ArrayList<>();
    byLeaf.forEach((leaf, histogram) -> panels.add(new HistogramPanel(leaf, histogram)));
    return of(panels, 3);
  }

  /** The figure as a standalone SVG document. */
  public String toSvg() {
    int rows = (panels.size() + columns - 1) / columns;
    SvgCanvas canvas = new SvgCanvas(columns * panelWidth, rows * panelHeight);
    for (int i = 0; i < panels.size(); i++) {
      Region region = new Region((i % columns) * panelWidth, (i / columns) * panelHeight,
          panelWidth, panelHeight);
      panels.get(i).draw(canvas, region);
    }
    return canvas.toSvg();
  }
}
