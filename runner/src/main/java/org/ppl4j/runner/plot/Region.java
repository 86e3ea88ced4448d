package org.ppl4j.runner.plot;

/**
 * A rectangle of a canvas, in pixels, with its top-left corner at (x, y).
 *
 * @param x left edge
 * @param y top edge
 * @param width width, &gt; 0
 * @param height height, &gt; 0
 */
public record Region(double x, double y, double width, double height) {

  /** Validates the size. */
  public Region {
    if (!(width > 0 && height > 0)) {
      throw new IllegalArgumentException("region size must be positive, got " + width + "x" + height);
    }
  }

  /** The region shrunk by the given margins (left, top, right, bottom), in pixels. */
  public Region inset(double left, double top, double right, double bottom) {
    return new Region(x + left, y + top, width - left - right, height - top - bottom);
  }
}
