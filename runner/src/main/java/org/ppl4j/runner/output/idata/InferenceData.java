package org.ppl4j.runner.output.idata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.ppl4j.runner.UserError;
import org.ppl4j.runner.pipeline.RunResult;
import org.ppl4j.runner.predict.Predictive;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.RecordValue;
import org.ppl4j.semantics.value.Value;

/**
 * A run as ArviZ's InferenceData (Kumar et al. 2019, "ArviZ a unified library for exploratory
 * analysis of Bayesian models in Python"; the schema of arviz.readthedocs.io, "InferenceData
 * schema specification"): the groups {@code posterior} (the result's fields, dimensions
 * {@code chain, draw, ...}), {@code sample_stats} (NUTS's per-draw statistics,
 * {@link org.ppl4j.semantics.posterior.Diagnostics#drawStats()}), and with {@code --predict}
 * {@code posterior_predictive} (each observe statement's replicated values),
 * {@code log_likelihood} (its pointwise log-likelihoods) and {@code observed_data} (its
 * observed values, no chain or draw). A statement's elements form one variable named after it
 * ({@code y}, dimension {@code y_dim_0} when it observed more than one element), the same in
 * the three groups, so that {@code arviz.loo} and {@code plot_ppc} pair them.
 *
 * <p>Draws are kept as the run made them: the chains of MCMC, else one chain. InferenceData's
 * draws are equally weighted, so a weighted or exact posterior (importance sampling,
 * enumeration) is refused rather than silently resampled.
 *
 * @param groups the groups, in ArviZ's order, those with nothing to hold left out
 * @param attrs the attributes of the root and of each group
 * @param skipped the variables no group could hold, each with why (for a warning)
 */
public record InferenceData(List<Dataset> groups, Map<String, Object> attrs,
    List<String> skipped) {

  /** The leading dimensions of a sampled group. */
  static final List<String> CHAIN_DRAW = List.of("chain", "draw");

  /** Copies the parts. */
  public InferenceData {
    groups = List.copyOf(groups);
    attrs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attrs));
    skipped = List.copyOf(skipped);
  }

  /**
   * The InferenceData of {@code result}.
   *
   * @throws UserError when the posterior's draws are weighted or exact
   */
  public static InferenceData of(RunResult result) {
    Posterior<Value> posterior = result.posterior();
    if (posterior.diagnostics().exact() || posterior.chains().isEmpty()
        && !posterior.draws().isUnweighted()) {
      throw new UserError("--idata: method '" + result.method() + "' gives "
          + (posterior.diagnostics().exact() ? "an exact posterior (each distinct result with"
              + " its probability)" : "weighted draws")
          + ", and InferenceData holds equally weighted draws; use a sampling method (nuts,"
          + " mh, smc, advi ...), or --draws for a CSV with a weight column");
    }
    List<List<Value>> grid = grid(posterior);
    Map<String, Object> attrs = new LinkedHashMap<>();
    attrs.put("inference_library", "ppl4j");
    attrs.put("inference_method", result.method());
    attrs.put("seed", result.seed());
    attrs.put("program", result.program().fileName());
    String resultName = result.program().resultName();
    List<List<Value>> named = grid.stream().map(row -> row.stream()
        .map(v -> v instanceof RecordValue ? v : new RecordValue(Map.of(resultName, v)))
        .toList()).toList();
    List<Dataset> groups = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    groups.add(sampled("posterior", named, attrs, skipped));
    Map<String, double[][]> stats = posterior.diagnostics().drawStats();
    if (!stats.isEmpty()) {
      groups.add(SampleStats.of(stats, attrs));
    }
    if (result.predictive().isPresent()) {
      Predictive p = result.predictive().get();
      List<List<IntFunction<Value>>> replicates = grid(p.replicates()).stream()
          .map(row -> row.stream().<IntFunction<Value>>map(v ->
              i -> ((RecordValue) v).fields().get(p.names().get(i))).toList()).toList();
      groups.add(sampled("posterior_predictive", bySite(p, replicates), attrs, skipped));
      groups.add(sampled("log_likelihood", bySite(p, logLikelihood(p, grid)), attrs,
          skipped));
      ValueArrays.Result observed = ValueArrays.of(
          List.of(List.of(siteRecord(p, i -> p.observed().get(i)))), List.of());
      observed.skipped().forEach(s -> skipped.add("observed_data " + s));
      groups.add(new Dataset("observed_data", Map.of(), observed.arrays(), attrs));
    }
    return new InferenceData(groups, attrs, skipped);
  }

  private static Dataset sampled(String name, List<List<Value>> grid, Map<String, Object> attrs,
      List<String> skipped) {
    ValueArrays.Result r = ValueArrays.of(grid, CHAIN_DRAW);
    r.skipped().forEach(s -> skipped.add(name + " " + s));
    Map<String, Integer> leading = new LinkedHashMap<>();
    leading.put("chain", grid.size());
    leading.put("draw", grid.isEmpty() ? 0 : grid.get(0).size());
    return new Dataset(name, leading, r.arrays(), attrs);
  }

  /** The draws as {@code [chain][draw]}: MCMC's chains, else one chain of every draw. */
  private static List<List<Value>> grid(Posterior<Value> posterior) {
    return posterior.chains().isEmpty() ? List.of(posterior.draws().values())
        : posterior.chains();
  }

  /** The pointwise log-likelihoods, draw by draw, laid out as the posterior's draws. */
  private static List<List<IntFunction<Value>>> logLikelihood(Predictive p,
      List<List<Value>> grid) {
    double[][] rows = p.logLikelihood();
    List<List<IntFunction<Value>>> out = new ArrayList<>();
    int s = 0;
    for (List<Value> chain : grid) {
      List<IntFunction<Value>> draws = new ArrayList<>(chain.size());
      for (int d = 0; d < chain.size(); d++) {
        double[] row = rows[s++];
        draws.add(i -> new RealValue(row[i]));
      }
      out.add(draws);
    }
    return out;
  }

  /** Per draw, the record of each observe statement's value ({@link #siteRecord}). */
  private static List<List<Value>> bySite(Predictive p, List<List<IntFunction<Value>>> grid) {
    return grid.stream().map(row -> row.stream().map(draw -> siteRecord(p, draw)).toList())
        .toList();
  }

  /**
   * One record with a field per observe statement (named as {@link Predictive#siteNames()}):
   * the value of its one element, or the array of its elements' values in order.
   *
   * @param element the value of element {@code i}
   */
  static Value siteRecord(Predictive p, IntFunction<Value> element) {
    Map<String, List<Value>> bySite = new LinkedHashMap<>();
    for (int i = 0; i < p.names().size(); i++) {
      bySite.computeIfAbsent(p.siteNames().get(i), k -> new ArrayList<>())
          .add(element.apply(i));
    }
    Map<String, Value> fields = new LinkedHashMap<>();
    bySite.forEach((site, values) -> fields.put(site,
        values.size() == 1 && p.names().contains(site) ? values.get(0)
            : new ArrayValue(values)));
    return new RecordValue(fields);
  }
}
