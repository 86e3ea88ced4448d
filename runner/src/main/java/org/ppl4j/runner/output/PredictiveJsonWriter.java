package org.ppl4j.runner.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.ppl4j.runner.predict.LooReport;
import org.ppl4j.runner.predict.PredictiveSummary;
import org.ppl4j.semantics.posterior.Summary;

/**
 * Adds the keys of {@code --predict} and {@code --loo} to a run's JSON object, after its
 * own: {@code predictive} (per statement, named as its observed variable: {@code line},
 * {@code column} and {@code elements}, per element leaf {@code observed}, {@code mean},
 * {@code sd}, {@code q05}, {@code q50}, {@code q95}, {@code p_value} ({@code Pr(y_rep >= y)})
 * and {@code lpd}); {@code loo} ({@code draws}, {@code elements}, {@code elpd_loo},
 * {@code se_elpd_loo}, {@code p_loo}, {@code se_p_loo}, {@code looic}, {@code se_looic}, the
 * same six for WAIC, {@code pareto_k} per element, {@code warnings}). Non-finite numbers are
 * {@code null}.
 */
public final class PredictiveJsonWriter {
  private PredictiveJsonWriter() {}

  /** Adds {@code predictive} and {@code loo}, where given, to {@code root}. */
  public static void add(ObjectNode root, Optional<PredictiveSummary> predictive,
      Optional<LooReport> loo) {
    predictive.ifPresent(p -> addPredictive(root.putObject("predictive"), p));
    loo.ifPresent(l -> addLoo(root.putObject("loo"), l));
  }

  private static void addPredictive(ObjectNode node, PredictiveSummary summary) {
    for (PredictiveSummary.Row row : summary.rows()) {
      ObjectNode site = (ObjectNode) node.get(row.site());
      if (site == null) {
        site = node.putObject(row.site());
        site.put("line", row.line());
        site.put("column", row.column());
        site.putObject("elements");
      }
      ObjectNode e = ((ObjectNode) site.get("elements")).putObject(row.name());
      Summary s = row.replicated();
      JsonReportWriter.putNumber(e, "observed", row.observed());
      JsonReportWriter.putNumber(e, "mean", s.mean());
      JsonReportWriter.putNumber(e, "sd", s.sd());
      JsonReportWriter.putNumber(e, "q05", s.q05());
      JsonReportWriter.putNumber(e, "q50", s.q50());
      JsonReportWriter.putNumber(e, "q95", s.q95());
      JsonReportWriter.putNumber(e, "p_value", row.pValue());
      JsonReportWriter.putNumber(e, "lpd", row.lpd());
    }
  }

  private static void addLoo(ObjectNode node, LooReport loo) {
    node.put("draws", loo.draws());
    node.put("elements", loo.names().size());
    var l = loo.loo().elpd();
    JsonReportWriter.putNumber(node, "elpd_loo", l.estimate());
    JsonReportWriter.putNumber(node, "se_elpd_loo", l.se());
    JsonReportWriter.putNumber(node, "p_loo", l.penalty());
    JsonReportWriter.putNumber(node, "se_p_loo", l.penaltySe());
    JsonReportWriter.putNumber(node, "looic", l.informationCriterion());
    JsonReportWriter.putNumber(node, "se_looic", 2 * l.se());
    var w = loo.waic();
    JsonReportWriter.putNumber(node, "elpd_waic", w.estimate());
    JsonReportWriter.putNumber(node, "se_elpd_waic", w.se());
    JsonReportWriter.putNumber(node, "p_waic", w.penalty());
    JsonReportWriter.putNumber(node, "se_p_waic", w.penaltySe());
    JsonReportWriter.putNumber(node, "waic", w.informationCriterion());
    JsonReportWriter.putNumber(node, "se_waic", 2 * w.se());
    ObjectNode k = node.putObject("pareto_k");
    double[] ks = loo.loo().paretoK();
    for (int i = 0; i < ks.length; i++) {
      JsonReportWriter.putNumber(k, loo.names().get(i), ks[i]);
    }
    ArrayNode warnings = node.putArray("warnings");
    loo.warnings().forEach(warnings::add);
  }
}
