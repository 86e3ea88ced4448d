package org.ppl4j.runner.plot;

import java.util.Locale;

/**
 * A minimal writer of SVG 1.1 documents: shapes and text appended in drawing order, numbers
 * written with two decimals, text and attribute values XML-escaped.
 *
 * <p>A canvas is a one-shot builder owned by one rendering call (not shared between threads);
 * {@link #toSvg()} closes it into a standalone document that browsers and Jupyter's
 * {@code image/svg+xml} display accept.
 */
public final class SvgCanvas {

  private final double width;
  private final double height;
  private final StringBuilder body = new StringBuilder();

  /**
   * An empty canvas.
   *
   * @param width width in CSS pixels, &gt; 0
   * @param height height in CSS pixels, &gt; 0
   * @throws IllegalArgumentException if a size is not positive and finite
   */
  public SvgCanvas(double width, double height) {
    if (!(width > 0 && height > 0 && Double.isFinite(width) && Double.isFinite(height))) {
      throw new IllegalArgumentException("canvas size must be positive, got " + width + "x" + height);
    }
    this.width = width;
    this.height = height;
  }

  /** The canvas width in pixels. */
  public double width() {
    return width;
  }

  /** The canvas height in pixels. */
  public double height() {
    return height;
  }

  /** A filled rectangle with top-left corner (x, y); {@code fill} is a CSS colour. */
  public SvgCanvas rect(double x, double y, double w, double h, String fill) {
    body.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y))
        .append("\" width=\"").append(num(Math.max(0, w))).append("\" height=\"")
        .append(num(Math.max(0, h))).append("\" fill=\"").append(escape(fill)).append("\"/>\n");
    return this;
  }

  /** A straight line segment of the given stroke colour and width. */
  public SvgCanvas line(double x1, double y1, double x2, double y2, String stroke, double strokeWidth) {
    body.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1))
        .append("\" x2=\"").append(num(x2)).append("\" y2=\"").append(num(y2))
        .append("\" stroke=\"").append(escape(stroke)).append("\" stroke-width=\"")
        .append(num(strokeWidth)).append("\"/>\n");
    return this;
  }

  /**
   * An open polyline through the points (xs[i], ys[i]); non-finite points are skipped.
   *
   * @throws IllegalArgumentException if the arrays differ in length
   */
  public SvgCanvas polyline(double[] xs, double[] ys, String stroke, double strokeWidth) {
    if (xs.length != ys.length) {
      throw new IllegalArgumentException("polyline needs as many x as y: " + xs.length + " vs " + ys.length);
    }
    body.append("<polyline fill=\"none\" stroke=\"").append(escape(stroke))
        .append("\" stroke-width=\"").append(num(strokeWidth)).append("\" points=\"");
    boolean first = true;
    for (int i = 0; i < xs.length; i++) {
      if (!Double.isFinite(xs[i]) || !Double.isFinite(ys[i])) {
        continue;
      }
      if (!first) {
        body.append(' ');
      }
      body.append(num(xs[i])).append(',').append(num(ys[i]));
      first = false;
    }
    body.append("\"/>\n");
    return this;
  }

  /**
   * A text label.
   *
   * @param anchor SVG text-anchor: {@code start}, {@code middle} or {@code end}
   * @param size font size in pixels, &gt; 0
   */
  public SvgCanvas text(double x, double y, String text, String anchor, double size) {
    body.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y))
        .append("\" text-anchor=\"").append(escape(anchor)).append("\" font-size=\"")
        .append(num(size)).append("\">").append(escape(text)).append("</text>\n");
    return this;
  }

  /** Text rotated by -90 degrees about its anchor point (a vertical axis label). */
  public SvgCanvas verticalText(double x, double y, String text, double size) {
    body.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y))
        .append("\" text-anchor=\"middle\" font-size=\"").append(num(size))
        .append("\" transform=\"rotate(-90 ").append(num(x)).append(' ').append(num(y))
        .append(")\">").append(escape(text)).append("</text>\n");
    return this;
  }

  /** The standalone SVG document of everything drawn so far. */
  public String toSvg() {
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + num(width) + "\" height=\""
        + num(height) + "\" viewBox=\"0 0 " + num(width) + " " + num(height)
        + "\" font-family=\"sans-serif\">\n"
        + "<rect x=\"0\" y=\"0\" width=\"" + num(width) + "\" height=\"" + num(height)
        + "\" fill=\"white\"/>\n" + body + "</svg>\n";
  }

  /** A coordinate with at most two decimals, in the C locale, without a trailing {@code .00}. */
  static String num(double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException("SVG coordinate is not finite: " + v);
    }
    String s = String.format(Locale.ROOT, "%.2f", v);
    if (s.endsWith(".00")) {
      s = s.substring(0, s.length() - 3);
    }
    return s.equals("-0") ? "0" : s;
  }

  /** XML escaping of the five special characters. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
