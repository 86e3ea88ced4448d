package org.ppl4j.runner.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matrices a CSV file holds (LANGUAGE.md §9.5): the columns named {@code X.1}, {@code X.2},
 * …, {@code X.k} together give the {@code Real[][]} or {@code Int[][]} input {@code X}, one row
 * per line. A {@code .ppl} name cannot contain a dot, so a column named that way never clashes
 * with an input of its own; the group is known by its prefix {@code X}.
 */
final class CsvMatrixColumns {
  private static final Pattern MEMBER = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\.([0-9]+)");

  /** Per matrix name, its columns by their 1-based index, in header order of first mention. */
  private final Map<String, TreeMap<Integer, String>> groups;

  private CsvMatrixColumns(Map<String, TreeMap<Integer, String>> groups) {
    this.groups = groups;
  }

  /** The matrix groups among {@code headers}. */
  static CsvMatrixColumns of(Iterable<String> headers) {
    Map<String, TreeMap<Integer, String>> groups = new LinkedHashMap<>();
    for (String header : headers) {
      Matcher m = MEMBER.matcher(header);
      if (m.matches() && m.group(2).length() <= 9) {
        groups.computeIfAbsent(m.group(1), k -> new TreeMap<>())
            .put(Integer.parseInt(m.group(2)), header);
      }
    }
    return new CsvMatrixColumns(groups);
  }

  /** Whether {@code header} is one of a matrix's columns. */
  boolean isMember(String header) {
    Matcher m = MEMBER.matcher(header);
    return m.matches() && groups.containsKey(m.group(1))
        && groups.get(m.group(1)).containsValue(header);
  }

  /** The matrix names, in header order. */
  List<String> names() {
    return new ArrayList<>(groups.keySet());
  }

  /** Whether {@code name} is a matrix of this file. */
  boolean has(String name) {
    return groups.containsKey(name);
  }

  /**
   * The columns of matrix {@code name}, in order {@code name.1 … name.k}.
   *
   * @throws DataMismatch naming the first missing column when the numbering has a gap or does
   *     not start at 1
   */
  List<String> columns(String name) throws DataMismatch {
    TreeMap<Integer, String> byIndex = groups.get(name);
    List<String> out = new ArrayList<>(byIndex.size());
    int expected = 1;
    for (Map.Entry<Integer, String> e : byIndex.entrySet()) {
      if (e.getKey() != expected) {
        throw new DataMismatch("CSV columns " + String.join(", ", byIndex.values())
            + " (a matrix's columns are numbered " + name + ".1, " + name + ".2, ... without "
            + "gaps; " + name + "." + expected + " is missing)", name);
      }
      out.add(e.getValue());
      expected++;
    }
    return out;
  }
}
