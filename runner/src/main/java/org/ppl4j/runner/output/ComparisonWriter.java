package org.ppl4j.runner.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ppl4j.runner.predict.ModelComparison;

/**
 * Writes a {@link ModelComparison} ({@code ppl compare}): as a table in the manner of R's
 * {@code print(loo_compare(...))} with the models' own elpd beside the differences, then each
 * model's LOO warnings; or as JSON ({@code seed}, {@code models}: per model, best first,
 * {@code file}, {@code elpd_diff}, {@code se_diff}, {@code elpd_loo}, {@code se_elpd_loo},
 * {@code p_loo}, {@code looic}, {@code draws}, {@code warnings}).
 */
public final class ComparisonWriter {
  private ComparisonWriter() {}

  /** The comparison as text, its runs' common seed in the heading, ending in a newline. */
  public static String table(ModelComparison comparison, long seed) {
    return table(comparison, "seed = " + seed + "; ");
  }

  /** The comparison as text (runs of their own seeds: a notebook's cells), ending in a newline. */
  public static String table(ModelComparison comparison) {
    return table(comparison, "");
  }

  private static String table(ModelComparison comparison, String seedText) {
    String nl = System.lineSeparator();
    StringBuilder out = new StringBuilder("Model comparison by PSIS-LOO (").append(seedText)
        .append("elpd_diff: each model's elpd_loo minus the best's):").append(nl).append(nl);
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("", "elpd_diff", "se_diff", "elpd_loo", "se_elpd_loo", "p_loo", "looic"));
    for (ModelComparison.Row row : comparison.rows()) {
      var elpd = row.loo().loo().elpd();
      rows.add(List.of(row.file(), fixed(row.difference().difference()),
          fixed(row.difference().se()), fixed(elpd.estimate()), fixed(elpd.se()),
          fixed(elpd.penalty()), fixed(elpd.informationCriterion())));
    }
    AlignedColumns.append(out, rows, nl);
    boolean first = true;
    for (ModelComparison.Row row : comparison.rows()) {
      for (String warning : row.loo().warnings()) {
        if (first) {
          out.append(nl);
          first = false;
        }
        out.append("warning: ").append(row.file()).append(": ").append(warning).append(nl);
      }
    }
    return out.toString();
  }

  /** The comparison as an indented JSON object, ending in a newline. */
  public static String json(ModelComparison comparison, long seed) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("seed", seed);
    ArrayNode models = root.putArray("models");
    for (ModelComparison.Row row : comparison.rows()) {
      var elpd = row.loo().loo().elpd();
      ObjectNode model = models.addObject();
      model.put("file", row.file());
      JsonReportWriter.putNumber(model, "elpd_diff", row.difference().difference());
      JsonReportWriter.putNumber(model, "se_diff", row.difference().se());
      JsonReportWriter.putNumber(model, "elpd_loo", elpd.estimate());
      JsonReportWriter.putNumber(model, "se_elpd_loo", elpd.se());
      JsonReportWriter.putNumber(model, "p_loo", elpd.penalty());
      JsonReportWriter.putNumber(model, "looic", elpd.informationCriterion());
      model.put("draws", row.loo().draws());
      ArrayNode warnings = model.putArray("warnings");
      row.loo().warnings().forEach(warnings::add);
    }
    return JsonReportWriter.text(root);
  }

  private static String fixed(double x) {
    return String.format(Locale.ROOT, "%.2f", x);
  }
}
