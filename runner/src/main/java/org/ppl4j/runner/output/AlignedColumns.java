package org.ppl4j.runner.output;

import java.util.List;

/**
 * Plain-text tables whose first column is left-aligned and whose other columns are right-aligned,
 * two spaces apart, each line stripped of trailing blanks: the layout of the command line's
 * summary table and of the notebook's plain-text summary.
 */
public final class AlignedColumns {
  private AlignedColumns() {}

  /**
   * Appends {@code rows}, each followed by {@code newline}, every column as wide as its widest cell.
   *
   * @param out the text to append to
   * @param rows at least one row, all of the same length
   * @param newline the line separator to write after each row
   * @throws IllegalArgumentException if {@code rows} is empty or its rows differ in length
   */
  public static void append(StringBuilder out, List<List<String>> rows, String newline) {
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("a table needs at least one row");
    }
    int columns = rows.get(0).size();
    int[] width = new int[columns];
    for (List<String> row : rows) {
      if (row.size() != columns) {
        throw new IllegalArgumentException(
            "row of " + row.size() + " cells in a table of " + columns + " columns");
      }
      for (int c = 0; c < columns; c++) {
        width[c] = Math.max(width[c], row.get(c).length());
      }
    }
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      line.append(row.get(0)).append(" ".repeat(width[0] - row.get(0).length()));
      for (int c = 1; c < columns; c++) {
        String cell = row.get(c);
        line.append("  ").append(" ".repeat(width[c] - cell.length())).append(cell);
      }
      out.append(line.toString().stripTrailing()).append(newline);
    }
  }
}
