package org.ppl4j.semantics.posterior;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The draws of a posterior flattened once into columns, one per leaf name, in the order leaves
 * first appear. A leaf missing from some draws (arrays of varying length) holds {@code NaN}
 * there and is marked absent.
 */
final class LeafTable {

  /** One leaf's values across all draws. */
  record Column(Leaf.Kind kind, double[] values, boolean[] present) {
    boolean presentEverywhere() {
      for (boolean p : present) {
        if (!p) {
          return false;
        }
      }
      return true;
    }
  }

  private final Map<String, Column> columns;

  private LeafTable(Map<String, Column> columns) {
    this.columns = columns;
  }

  static LeafTable of(String rootName, List<?> draws) {
    int n = draws.size();
    Map<String, Column> columns = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      for (Leaf leaf : Leaves.flatten(rootName, draws.get(i))) {
        Column column = columns.computeIfAbsent(leaf.name(), name -> {
          double[] values = new double[n];
          Arrays.fill(values, Double.NaN);
          return new Column(leaf.kind(), values, new boolean[n]);
        });
        column.values()[i] = leaf.value();
        column.present()[i] = true;
      }
    }
    return new LeafTable(columns);
  }

  List<String> names() {
    return new ArrayList<>(columns.keySet());
  }

  Column column(String name) {
    Column column = columns.get(name);
    if (column == null) {
      throw new IllegalArgumentException(
          "no leaf named '" + name + "'; the leaves are " + columns.keySet());
    }
    return column;
  }
}
