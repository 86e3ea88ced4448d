package org.ppl4j.runner.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Writes a {@link DrawTable} as CSV ({@code --draws OUT.csv}): a header with one column per
 * summary leaf, then a {@code chain} column when several chains ran and a {@code weight}
 * column (normalised weights) when draws are weighted; one row per draw. Numbers are written
 * with full precision ({@code Double.toString}); infinities as {@code inf}, {@code -inf}; a
 * leaf a draw lacks (NaN) as an empty cell. Leaf names holding a comma or a quote are quoted as RFC 4180 says.
 */
public final class DrawsCsvWriter {
  private DrawsCsvWriter() {}

  /** Writes {@code table} to {@code out}. */
  public static void write(DrawTable table, Writer out) {
    boolean withChain = IntStream.of(table.chain()).anyMatch(c -> c != 0);
    List<String> header = new ArrayList<>();
    table.columns().forEach(c -> header.add(quote(c)));
    if (withChain) {
      header.add("chain");
    }
    if (table.weights().isPresent()) {
      header.add("weight");
    }
    try {
      out.write(String.join(",", header));
      out.write('\n');
      StringBuilder line = new StringBuilder();
      for (int r = 0; r < table.rows().size(); r++) {
        line.setLength(0);
        double[] row = table.rows().get(r);
        for (int c = 0; c < row.length; c++) {
          if (c > 0) {
            line.append(',');
          }
          line.append(number(row[c]));
        }
        if (withChain) {
          line.append(',').append(table.chain()[r]);
        }
        if (table.weights().isPresent()) {
          line.append(',').append(number(table.weights().get()[r]));
        }
        line.append('\n');
        out.write(line.toString());
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String number(double x) {
    if (Double.isNaN(x)) {
      return "";
    } else if (Double.isInfinite(x)) {
      return x > 0 ? "inf" : "-inf";
    }
    return Double.toString(x);
  }

  private static String quote(String name) {
    if (name.contains(",") || name.contains("\"") || name.contains("\n")) {
      return "\"" + name.replace("\"", "\"\"") + "\"";
    }
    return name;
  }
}
