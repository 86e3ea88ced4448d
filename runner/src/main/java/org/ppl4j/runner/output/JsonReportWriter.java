package org.ppl4j.runner.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.OptionalDouble;
import org.ppl4j.semantics.posterior.Summary;

/**
 * Writes a {@link RunReport} as the JSON object of LANGUAGE.md §8, with exactly its keys, in
 * its order: {@code method} (the method that ran), {@code density} (gradient methods: how the
 * log density was evaluated, {@code compiled (...)} or {@code interpreted: why}),
 * {@code method_reason} (only when
 * {@code --method auto} chose it: why, in one line), {@code seed}, {@code log_evidence} (null where none),
 * {@code summary} (per leaf: {@code mean, sd, q05, q50, q95, ess, rhat}),
 * {@code probabilities} (only when some leaf is discrete), {@code time_s} and
 * {@code warnings} (the run's warnings as strings, empty when none). On request
 * ({@code ppl run --diagnostics}) the run's diagnostics follow as further top-level keys:
 * {@code chains}, {@code draws}, {@code exact} and the method's own ({@code acceptance_rate},
 * {@code divergences}, {@code ess_min}). Non-finite numbers, which JSON cannot hold, are
 * written as {@code null}.
 */
public final class JsonReportWriter {
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonReportWriter() {}

  /** The report as an indented JSON object with the keys of §8, ending in a newline. */
  public static String write(RunReport report) {
    return write(report, false);
  }

  /**
   * The report as an indented JSON object, ending in a newline.
   *
   * @param withDiagnostics whether to add the run's diagnostics after {@code time_s}
   */
  public static String write(RunReport report, boolean withDiagnostics) {
    return text(tree(report, withDiagnostics));
  }

  /** {@code root} as indented JSON, ending in a newline. */
  public static String text(ObjectNode root) {
    try {
      return JSON.writeValueAsString(root) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree of numbers and strings", e);
    }
  }

  /**
   * The report as a JSON tree, for a front end that adds keys after it ({@code --predict},
   * {@code --loo}).
   *
   * @param withDiagnostics whether to add the run's diagnostics after {@code time_s}
   */
  public static ObjectNode tree(RunReport report, boolean withDiagnostics) {
    ObjectNode root = NODES.objectNode();
    root.put("method", report.method());
    report.methodReason().ifPresent(reason -> root.put("method_reason", reason));
    report.density().filter(path -> !RunReport.isPopulationPath(path))
        .ifPresent(path -> root.put("density", path));
    root.put("seed", report.seed());
    putNumber(root, "log_evidence", report.logEvidence());
    ObjectNode summary = root.putObject("summary");
    for (Map.Entry<String, Summary> e : report.summary().entrySet()) {
      Summary s = e.getValue();
      ObjectNode leaf = summary.putObject(e.getKey());
      putNumber(leaf, "mean", s.mean());
      putNumber(leaf, "sd", s.sd());
      putNumber(leaf, "q05", s.q05());
      putNumber(leaf, "q50", s.q50());
      putNumber(leaf, "q95", s.q95());
      putNumber(leaf, "ess", s.ess());
      putNumber(leaf, "rhat", s.rhat());
    }
    if (!report.probabilities().isEmpty()) {
      ObjectNode probabilities = root.putObject("probabilities");
      report.probabilities().forEach((leafName, table) -> {
        ObjectNode leaf = probabilities.putObject(leafName);
        table.forEach((value, p) -> putNumber(leaf, value, p));
      });
    }
    putNumber(root, "time_s", report.timeSeconds());
    com.fasterxml.jackson.databind.node.ArrayNode warnings = root.putArray("warnings");
    report.warnings().forEach(warnings::add);
    if (withDiagnostics) {
      root.put("chains", report.chains());
      root.put("draws", report.draws());
      root.put("exact", report.exact());
      report.diagnostics().forEach((name, value) -> putNumber(root, name, value));
      report.density().filter(RunReport::isPopulationPath)
          .ifPresent(path -> root.put("population", path));
    }
    return root;
  }

  private static void putNumber(ObjectNode node, String key, OptionalDouble value) {
    if (value.isPresent()) {
      putNumber(node, key, value.getAsDouble());
    } else {
      node.putNull(key);
    }
  }

  /** Puts {@code value}, or null where it is not finite (JSON holds no infinity). */
  static void putNumber(ObjectNode node, String key, double value) {
    if (Double.isFinite(value)) {
      node.put(key, value);
    } else {
      node.putNull(key);
    }
  }
}
