package org.ppl4j.runner.predict;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import org.ppl4j.compiler.diagnostics.SourceSpan;
import org.ppl4j.inference.loo.PointwiseLogLikelihood;
import org.ppl4j.inference.population.LogWeights;
import org.ppl4j.semantics.posterior.Leaf;
import org.ppl4j.semantics.posterior.Leaves;
import org.ppl4j.semantics.posterior.Summary;
import org.ppl4j.semantics.value.Value;

/**
 * The summary {@code ppl run --predict} prints: per observed element and numeric leaf of its
 * value, the observed value beside the summary of its replicated values (mean, sd, quantiles:
 * the run's own {@link Summary}, weighted as the draws are), the log pointwise predictive
 * density {@code lpd_i = log (1/S) Σ_s p(y_i | θ_s)} (for weighted draws, the weighted mean)
 * and the posterior predictive p-value {@code Pr(y_rep >= y)}.
 *
 * @param rows one per leaf, in element order
 */
public record PredictiveSummary(List<Row> rows) {

  /**
   * One leaf of an observed element.
   *
   * @param site the name of the element's statement ({@code y})
   * @param name the leaf's name ({@code y[3]})
   * @param observed the observed number
   * @param replicated the summary of the replicated values
   * @param lpd the element's log pointwise predictive density
   * @param pValue {@code Pr(y_rep >= y)} under the posterior predictive
   * @param line the statement's line
   * @param column the statement's column
   */
  public record Row(String site, String name, double observed, Summary replicated, double lpd,
      double pValue, int line, int column) {}

  /** Copies the rows. */
  public PredictiveSummary {
    rows = List.copyOf(rows);
  }

  /** The summary of {@code predictive}. */
  public static PredictiveSummary of(Predictive predictive) {
    Map<String, Summary> summaries = predictive.replicates().summary();
    double[] replicateLogWeights = predictive.replicates().draws().logWeights();
    double[] logWeights = new double[replicateLogWeights.length / predictive.copies()];
    for (int s = 0; s < logWeights.length; s++) {
      logWeights[s] = replicateLogWeights[s * predictive.copies()];
    }
    PointwiseLogLikelihood ll = predictive.pointwise();
    double[] w = LogWeights.normalisedByMax(replicateLogWeights);
    List<Row> rows = new ArrayList<>();
    List<Value> draws = predictive.replicates().draws().values();
    Map<String, double[]> replicated = new HashMap<>();
    for (int d = 0; d < draws.size(); d++) {
      for (Leaf leaf : Leaves.flatten("y_rep", draws.get(d))) {
        replicated.computeIfAbsent(leaf.name(), k -> new double[draws.size()])[d] = leaf.value();
      }
    }
    for (int i = 0; i < predictive.names().size(); i++) {
      String name = predictive.names().get(i);
      double lpd = logWeightedMean(ll.column(i), logWeights);
      SourceSpan at = predictive.sites().get(i).at().span();
      for (Leaf leaf : Leaves.flatten(name, predictive.observed().get(i))) {
        Summary s = summaries.get(leaf.name());
        double[] values = replicated.get(leaf.name());
        if (s == null || values == null) {
          continue;
        }
        double above = 0;
        for (int d = 0; d < values.length; d++) {
          if (values[d] >= leaf.value()) {
            above += w[d];
          }
        }
        rows.add(new Row(predictive.siteNames().get(i), leaf.name(), leaf.value(), s, lpd,
            above, at.line(), at.column()));
      }
    }
    return new PredictiveSummary(rows);
  }


  /** {@code log Σ w_s exp(x_s)} with normalised weights {@code w}. */
  private static double logWeightedMean(double[] x, double[] logWeights) {
    double[] w = LogWeights.normalisedByMax(logWeights);
    double max = java.util.Arrays.stream(x).max().orElse(Double.NEGATIVE_INFINITY);
    if (max == Double.NEGATIVE_INFINITY) {
      return max;
    }
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += w[i] * Math.exp(x[i] - max);
    }
    return max + Math.log(s);
  }
}
