package org.ppl4j.runner.output;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ppl4j.inference.population.LogWeights;
import org.ppl4j.semantics.posterior.Empirical;
import org.ppl4j.semantics.posterior.Leaf;
import org.ppl4j.semantics.posterior.Leaves;
import org.ppl4j.semantics.posterior.Posterior;

/**
 * The draws of a run as numbers: one column per summary leaf, one row per draw, with each
 * draw's chain and, for weighted draws, its normalised weight.
 *
 * @param columns the leaf names, as in the summary
 * @param rows one array per draw, as long as {@code columns}; NaN where a draw lacks the leaf
 *     (arrays of varying length)
 * @param chain per draw, the chain (0-based) it came from
 * @param weights per draw, the normalised weight (summing to 1 over all draws) when draws are
 *     weighted; empty when they are equally weighted
 */
public record DrawTable(
    List<String> columns, List<double[]> rows, int[] chain, Optional<double[]> weights) {
  /** Copies the lists and checks that every row, the chains and the weights agree in size. */
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

  /**
   * This table with {@code more} columns after its own (same draws, same chains and weights).
   *
   * @param names the new columns' names
   * @param values one array per draw, as long as {@code names}
   */
  public DrawTable withColumns(List<String> names, List<double[]> values) {
    if (values.size() != rows.size()) {
      throw new IllegalArgumentException(values.size() + " rows of new columns for "
          + rows.size() + " draws");
    }
    List<String> allNames = new ArrayList<>(columns);
    allNames.addAll(names);
    List<double[]> all = new ArrayList<>(rows.size());
    for (int r = 0; r < rows.size(); r++) {
      double[] row = Arrays.copyOf(rows.get(r), allNames.size());
      System.arraycopy(values.get(r), 0, row, columns.size(), names.size());
      all.add(row);
    }
    return new DrawTable(allNames, all, chain, weights);
  }

  /** This table with every column renamed {@code prefix + name}. */
  public DrawTable prefixed(String prefix) {
    return new DrawTable(columns.stream().map(c -> prefix + c).toList(), rows, chain, weights);
  }

  /**
   * The draws of {@code posterior}, leaves named as its summary names them with
   * {@code resultName} for a non-record result; for MCMC each draw's chain, otherwise chain 0.
   */
  public static DrawTable of(Posterior<?> posterior, String resultName) {
    Empirical<?> draws = posterior.draws();
    List<Map<String, Double>> named = new ArrayList<>(draws.size());
    Map<String, Integer> index = new LinkedHashMap<>();
    for (Object draw : draws.values()) {
      Map<String, Double> leaves = new LinkedHashMap<>();
      for (Leaf leaf : Leaves.flatten(resultName, draw)) {
        leaves.put(leaf.name(), leaf.value());
        index.putIfAbsent(leaf.name(), index.size());
      }
      named.add(leaves);
    }
    List<double[]> rows = new ArrayList<>(named.size());
    for (Map<String, Double> leaves : named) {
      double[] row = new double[index.size()];
      Arrays.fill(row, Double.NaN);
      leaves.forEach((name, value) -> row[index.get(name)] = value);
      rows.add(row);
    }
    int[] chain = new int[draws.size()];
    if (!posterior.chains().isEmpty()) {
      int length = posterior.chains().get(0).size();
      for (int i = 0; i < chain.length; i++) {
        chain[i] = i / length;
      }
    }
    Optional<double[]> weights = draws.isUnweighted()
        ? Optional.empty() : Optional.of(LogWeights.normalised(draws.logWeights()));
    return new DrawTable(new ArrayList<>(index.keySet()), rows, chain, weights);
  }
}
