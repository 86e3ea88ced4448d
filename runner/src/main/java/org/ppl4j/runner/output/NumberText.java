package org.ppl4j.runner.output;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * Numbers as the summary tables print them (the command line's table and the notebook's display):
 * a fixed number of significant digits.
 */
public final class NumberText {
  private NumberText() {}

  /**
   * {@code x} to {@code digits} significant digits, plain between 1e-4 and 1e7, in scientific
   * notation outside; {@code inf}, {@code -inf}, {@code nan} for non-finite values.
   *
   * @param digits &gt;= 1
   */
  public static String significant(double x, int digits) {
    if (Double.isNaN(x)) {
      return "nan";
    } else if (Double.isInfinite(x)) {
      return x > 0 ? "inf" : "-inf";
    } else if (x == 0) {
      return "0";
    }
    double magnitude = Math.abs(x);
    if (magnitude < 1e-4 || magnitude >= 1e7) {
      return String.format(Locale.ROOT, "%." + (digits - 1) + "e", x);
    }
    BigDecimal rounded = new BigDecimal(x).round(new MathContext(digits));
    return rounded.stripTrailingZeros().toPlainString();
  }
}
