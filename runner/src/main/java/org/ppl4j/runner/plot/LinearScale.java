package org.ppl4j.runner.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * An affine map from a data interval [lo, hi] onto a pixel interval [from, to] (to may be less
 * than from, as for a y axis growing upwards), with "nice" tick values.
 *
 * <p>Ticks follow Heckbert's nice-numbers rule ("Nice numbers for graph labels", Graphics Gems,
 * 1990): the step is 1, 2 or 5 times a power of ten.
 *
 * @param lo lower end of the data interval
 * @param hi upper end, &gt; lo (a degenerate interval is widened by {@link #of})
 * @param from pixel coordinate of {@code lo}
 * @param to pixel coordinate of {@code hi}
 */
public record LinearScale(double lo, double hi, double from, double to) {

  /** Validates that the interval is finite and non-empty. */
  public LinearScale {
    if (!(Double.isFinite(lo) && Double.isFinite(hi) && hi > lo)) {
      throw new IllegalArgumentException("scale needs finite lo < hi, got [" + lo + ", " + hi + "]");
    }
  }

  /**
   * A scale over [lo, hi], widened to a unit-width interval around lo when lo == hi (a
   * posterior concentrated on one value still gets an axis).
   *
   * @param lo lower end of the data interval, finite
   * @param hi upper end, finite, &gt;= lo
   * @param from pixel coordinate of {@code lo}
   * @param to pixel coordinate of {@code hi}
   */
  public static LinearScale of(double lo, double hi, double from, double to) {
    if (hi <= lo) {
      double half = Math.max(0.5, Math.abs(lo) * 0.05);
      return new LinearScale(lo - half, lo + half, from, to);
    }
    return new LinearScale(lo, hi, from, to);
  }

  /** The pixel coordinate of data value {@code x}. */
  public double apply(double x) {
    return from + (x - lo) / (hi - lo) * (to - from);
  }

  /**
   * About {@code count} tick values inside [lo, hi], evenly spaced by a nice step.
   *
   * @param count wanted number of ticks, &gt;= 2
   */
  public List<Double> ticks(int count) {
    double step = niceStep((hi - lo) / Math.max(1, count - 1));
    List<Double> ticks = new ArrayList<>();
    double first = Math.ceil(lo / step) * step;
    for (int i = 0; first + i * step <= hi + step * 1e-9; i++) {
      double t = first + i * step;
      ticks.add(Math.abs(t) < step * 1e-9 ? 0.0 : t);
    }
    return ticks;
  }

  /** The nice step (1, 2 or 5 times a power of ten) nearest to {@code raw}, as Heckbert rounds. */
  static double niceStep(double raw) {
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    double fraction = raw / magnitude;
    double nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
    return nice * magnitude;
  }

  /** A short label for a tick value: up to four significant digits, no trailing zeros. */
  public static String label(double value) {
    if (value == 0) {
      return "0";
    }
    double abs = Math.abs(value);
    if (abs >= 1e5 || abs < 1e-3) {
      return String.format(java.util.Locale.ROOT, "%.2e", value);
    }
    String s = new java.math.BigDecimal(value).round(new java.math.MathContext(4)).stripTrailingZeros()
        .toPlainString();
    return s;
  }
}
