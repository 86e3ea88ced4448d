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
