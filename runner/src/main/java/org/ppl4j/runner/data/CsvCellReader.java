package org.ppl4j.runner.data;

import java.util.Locale;
import org.ppl4j.compiler.types.PplType;
import org.ppl4j.semantics.value.BoolValue;
import org.ppl4j.semantics.value.IntValue;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.StringValue;
import org.ppl4j.semantics.value.Value;

/**
 * Reads one CSV cell as a scalar of a declared type (LANGUAGE.md §8): {@code Int} as a decimal
 * integer (or a decimal number with an integral value, {@code 3.0}, as JSON data), {@code Real} as a decimal number ({@code inf}, {@code -inf} allowed), {@code Bool} as
 * {@code true}/{@code false} (any case), {@code String} as is. Surrounding blanks are ignored
 * except in strings.
 */
final class CsvCellReader {
  private CsvCellReader() {}

  /** Whether a CSV column can hold values of {@code element}. */
  static boolean isScalar(PplType element) {
    return element instanceof PplType.IntType || element instanceof PplType.RealType
        || element instanceof PplType.BoolType || element instanceof PplType.StringType;
  }

  /**
   * The cell as {@code element}, a scalar type.
   *
   * @param path where the cell sits, for messages ({@code flips[3]})
   * @throws DataMismatch quoting the cell
   */
  static Value read(String cell, PplType element, String path) throws DataMismatch {
    if (element instanceof PplType.StringType) {
      return new StringValue(cell);
    }
    String text = cell.strip();
    if (text.isEmpty()) {
      throw new DataMismatch("an empty cell", path);
    }
    if (element instanceof PplType.IntType) {
      try {
        return new IntValue(Long.parseLong(text));
      } catch (NumberFormatException e) {
        return new IntValue(integralReal(text, path));
      }
    } else if (element instanceof PplType.RealType) {
      return new RealValue(parseReal(text, path));
    } else if (element instanceof PplType.BoolType) {
      String lower = text.toLowerCase(Locale.ROOT);
      if (lower.equals("true")) {
        return BoolValue.TRUE;
      } else if (lower.equals("false")) {
        return BoolValue.FALSE;
      }
      throw new DataMismatch(quote(text), path);
    }
    throw new AssertionError("not a scalar type: " + element);
  }

  /** A cell such as {@code 3.0} or {@code 1e3} read as an Int, as the JSON reader does. */
  private static long integralReal(String text, String path) throws DataMismatch {
    double d;
    try {
      d = parseReal(text, path);
    } catch (DataMismatch e) {
      throw new DataMismatch(quote(text), path);
    }
    if (d == Math.rint(d) && Math.abs(d) < 0x1p63) {
      return (long) d;
    }
    throw new DataMismatch(quote(text), path);
  }

  private static double parseReal(String text, String path) throws DataMismatch {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.equals("inf") || lower.equals("+inf")) {
      return Double.POSITIVE_INFINITY;
    } else if (lower.equals("-inf")) {
      return Double.NEGATIVE_INFINITY;
    }
    // Double.parseDouble also takes hex floats and a trailing 'd'/'f': refuse those.
    if (!text.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
      throw new DataMismatch(quote(text), path);
    }
    double d = Double.parseDouble(text);
    if (Double.isInfinite(d)) {
      throw new DataMismatch("the number " + quote(text) + ", too large for a Real", path);
    }
    return d;
  }

  private static String quote(String text) {
    return "'" + text + "'";
  }
}
