package org.ppl4j.semantics.posterior;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The result of an inference run: the method's name, its draws (weighted or not), the draws of
 * each Markov chain when MCMC ran (empty otherwise), the log evidence where the method gives one
 * (held by {@link #draws()}), and the run's {@link Diagnostics}.
 *
 * <p>Summaries name numeric leaves as LANGUAGE.md §8 does, with {@link #resultName()} as the
 * name of a non-record result ({@code "value"} unless set by {@link #named}). Quantiles,
 * probabilities and histograms are those of the weighted empirical measure; the ESS is the
 * rank-normalised bulk ESS for chains ({@link ChainDiagnostics}), and for weighted or
 * independent draws Kish's {@code (Σ wᵢ)² / Σ wᵢ²} — for a real leaf taken over the distinct
 * draws, identical draws merged into one of their summed weight, so that copies of one
 * particle made by SMC resampling count once (a population resampled down to a single
 * ancestor has ESS 1, not the particle count; without duplicates this is Kish's ESS of the
 * weights). Discrete leaves, whose draws coincide by nature, get the plain Kish ESS. R-hat is
 * given when two or more chains ran.
 *
 * @param method the inference method, e.g. {@code "enumerate"}, {@code "smc"}
 * @param draws all draws; for MCMC, the chains concatenated in order, unweighted
 * @param chains the draws of each chain, all of one length, or empty when no chain ran
 * @param diagnostics what the run reports about itself
 * @param resultName the root name of a non-record result's leaves
 * @param <A> the type of a draw
 */
public record Posterior<A>(
    String method,
    Empirical<A> draws,
    List<List<A>> chains,
    Diagnostics diagnostics,
    String resultName) {

  /** The root name used for a non-record result unless another is given. */
  public static final String DEFAULT_RESULT_NAME = "value";

  /** Validates the components; see the type's documentation for their domains. */
  public Posterior {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(draws, "draws");
    Objects.requireNonNull(diagnostics, "diagnostics");
    Objects.requireNonNull(resultName, "resultName");
    chains = chains.stream().map(List::copyOf).toList();
    if (!chains.isEmpty()) {
      int length = chains.get(0).size();
      int total = 0;
      for (List<A> chain : chains) {
        if (chain.size() != length) {
          throw new IllegalArgumentException(
              "chains differ in length: " + length + " vs " + chain.size());
        }
        total += chain.size();
      }
      if (total != draws.size()) {
        throw new IllegalArgumentException(
            "chains hold " + total + " draws but draws holds " + draws.size());
      }
    }
  }

  /** A posterior of independent or weighted draws (no chains, no diagnostics). */
  public static <A> Posterior<A> of(String method, Empirical<A> draws) {
    return new Posterior<>(method, draws, List.of(), Diagnostics.none(), DEFAULT_RESULT_NAME);
  }

  /** An exact posterior: {@code draws} are the distinct values with their log probabilities. */
  public static <A> Posterior<A> exact(String method, Empirical<A> draws) {
    return new Posterior<>(
        method, draws, List.of(), Diagnostics.exactResult(), DEFAULT_RESULT_NAME);
  }

  /**
   * A posterior from Markov chains: the draws are the chains concatenated, unweighted.
   *
   * @param chains one list of draws per chain, all of one length, at least one chain
   */
  public static <A> Posterior<A> fromChains(
      String method, List<List<A>> chains, Diagnostics diagnostics) {
    if (chains.isEmpty()) {
      throw new IllegalArgumentException("fromChains: no chain given");
    }
    List<A> all = new ArrayList<>();
    chains.forEach(all::addAll);
    return new Posterior<>(
        method, Empirical.unweighted(all), chains, diagnostics, DEFAULT_RESULT_NAME);
  }

  /** This posterior with {@code name} as the root name of a non-record result. */
  public Posterior<A> named(String name) {
    return new Posterior<>(method, draws, chains, diagnostics, name);
  }

  /** This posterior with other diagnostics. */
  public Posterior<A> withDiagnostics(Diagnostics newDiagnostics) {
    return new Posterior<>(method, draws, chains, newDiagnostics, resultName);
  }

  /** The log evidence {@code log Z} (an estimate, or exact), where the method gives one. */
  public OptionalDouble logEvidence() {
    return draws.logEvidence();
  }

  /** The summary of every numeric leaf, named with {@link #resultName()}. */
  public Map<String, Summary> summary() {
    return summary(resultName);
  }

  /**
   * The summary of every numeric leaf, in the order leaves first appear in the draws.
   *
   * @param rootName the name of a non-record result ({@code p}, {@code value})
   */
  public Map<String, Summary> summary(String rootName) {
    LeafTable table = LeafTable.of(rootName, draws.values());
    double[] logWeightsOfDistinct = logWeightsOfDistinctDraws(table);
    Map<String, Summary> out = new LinkedHashMap<>();
    for (String name : table.names()) {
      out.put(name, summarise(name, table.column(name), logWeightsOfDistinct));
    }
    return Collections.unmodifiableMap(out);
  }

  /** The posterior mean of {@code leaf} (named as by {@link #summary()}). */
  public double mean(String leaf) {
    return weighted(leaf, column(leaf)).mean();
  }

  /** A histogram of {@code leaf} with {@code bins} &gt; 0 equal bins. */
  public Histogram histogram(String leaf, int bins) {
    return weighted(leaf, column(leaf)).histogram(bins);
  }

  /**
   * The probability of each value of a discrete {@code leaf}; empty for a real leaf or one with
   * more than {@link Summary#MAX_DISTINCT} values.
   */
  public Optional<Map<String, Double>> probabilities(String leaf) {
    LeafTable.Column column = column(leaf);
    return column.kind().isDiscrete()
        ? weighted(leaf, column).probabilities(column.kind(), Summary.MAX_DISTINCT)
        : Optional.empty();
  }

  private LeafTable.Column column(String leaf) {
    return LeafTable.of(resultName, draws.values()).column(leaf);
  }

  /**
   * The log weights of the distinct draws (equal in every leaf), each the log of the summed
   * weight of its copies: the weights the ESS of a real leaf is computed from.
   */
  private double[] logWeightsOfDistinctDraws(LeafTable table) {
    double[] logWeights = draws.logWeights();
    Map<java.util.List<Double>, Double> merged = new java.util.HashMap<>();
    for (int i = 0; i < logWeights.length; i++) {
      java.util.List<Double> row = new java.util.ArrayList<>(table.names().size());
      for (String name : table.names()) {
        LeafTable.Column column = table.column(name);
        row.add(column.present()[i] ? column.values()[i] : Double.NaN);
      }
      merged.merge(row, logWeights[i], org.ppl4j.semantics.math.SpecialFunctions::logAddExp);
    }
    return merged.values().stream().mapToDouble(Double::doubleValue).toArray();
  }

  private Summary summarise(String name, LeafTable.Column column, double[] logWeightsOfDistinct) {
    WeightedValues weighted = weighted(name, column);
    OptionalDouble ess = OptionalDouble.empty();
    OptionalDouble tailEss = OptionalDouble.empty();
    OptionalDouble rhat = OptionalDouble.empty();
    if (!diagnostics.exact()) {
      if (!chains.isEmpty() && column.presentEverywhere() && chains.get(0).size() >= 4) {
        double[][] perChain = perChain(column.values());
        ess = finite(ChainDiagnostics.bulkEss(perChain));
        tailEss = finite(ChainDiagnostics.tailEss(perChain));
        if (chains.size() >= 2) {
          rhat = finite(ChainDiagnostics.splitRhat(perChain));
        }
      } else if (column.kind() == Leaf.Kind.REAL && column.presentEverywhere()) {
        ess = finite(ChainDiagnostics.kishEss(logWeightsOfDistinct));
        tailEss = ess;
      } else {
        ess = finite(ChainDiagnostics.kishEss(presentLogWeights(column)));
        tailEss = ess;
      }
    }
    return Summary.of(column.kind(), weighted, ess, tailEss, rhat);
  }

  private WeightedValues weighted(String name, LeafTable.Column column) {
    for (int i = 0; i < column.values().length; i++) {
      double x = column.values()[i];
      if (column.present()[i] && !Double.isFinite(x)) {
        throw new org.ppl4j.semantics.infer.InferenceException("the result '" + name + "' is "
            + (Double.isNaN(x) ? "NaN (not a number)" : x > 0 ? "inf" : "-inf")
            + " in some draws, and a posterior summary needs finite numbers; check the"
            + " returned expression (e.g. sqrt or log of a negative number, 0.0 / 0.0)");
      }
    }
    try {
      return weightedValues(column);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("leaf '" + name + "': " + e.getMessage(), e);
    }
  }

  private WeightedValues weightedValues(LeafTable.Column column) {
    double[] values = new double[column.values().length];
    int k = 0;
    for (int i = 0; i < values.length; i++) {
      if (column.present()[i]) {
        values[k++] = column.values()[i];
      }
    }
    return new WeightedValues(java.util.Arrays.copyOf(values, k), presentLogWeights(column));
  }

  private double[] presentLogWeights(LeafTable.Column column) {
    double[] logWeights = draws.logWeights();
    double[] out = new double[logWeights.length];
    int k = 0;
    for (int i = 0; i < logWeights.length; i++) {
      if (column.present()[i]) {
        out[k++] = logWeights[i];
      }
    }
    return java.util.Arrays.copyOf(out, k);
  }

  private double[][] perChain(double[] values) {
    int length = chains.get(0).size();
    double[][] out = new double[chains.size()][];
    for (int c = 0; c < out.length; c++) {
      out[c] = java.util.Arrays.copyOfRange(values, c * length, (c + 1) * length);
    }
    return out;
  }

  private static OptionalDouble finite(double x) {
    return Double.isFinite(x) ? OptionalDouble.of(x) : OptionalDouble.empty();
  }
}
