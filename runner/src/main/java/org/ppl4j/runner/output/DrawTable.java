package org.ppl4j.runner.output;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The draws of a run as numbers: one column per summary leaf, one row per draw, with each
 * draw's chain and, for weighted draws, its normalised weight.
 *
 * @param columns the leaf names, as in the summary
 * @param rows one array per draw, as long as {@code columns}
 * @param chain per draw, the chain (0-based) it came from
 * @param weights per draw, the normalised weight (summing to 1 over all draws) when draws are
 *     weighted; empty when they are equally weighted
 */
public record DrawTable(
    List<String> columns, List<double[]> rows, int[] chain, Optional<double[]> weights) {
  public DrawTable {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    Objects.requireNonNull(chain, "chain");
    Objects.requireNonNull(weights, "weights");
    if (chain.length != rows.size()) {
      throw new IllegalArgumentException("chain has " + chain.length + " entries for "
          + rows.size() + " rows");
    }
    if (weights.isPresent() && weights.get().length != rows.size()) {
      throw new IllegalArgumentException("weights has " + weights.get().length + " entries for "
          + rows.size() + " rows");
    }
    for (double[] row : rows) {
      if (row.length != columns.size()) {
        throw new IllegalArgumentException("a row has " + row.length + " values for "
            + columns.size() + " columns");
      }
    }
  }
}
