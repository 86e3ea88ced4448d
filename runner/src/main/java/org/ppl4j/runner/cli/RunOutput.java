package org.ppl4j.runner.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Optional;
import org.ppl4j.runner.output.JsonReportWriter;
import org.ppl4j.runner.output.PredictiveJsonWriter;
import org.ppl4j.runner.output.PredictiveTableWriter;
import org.ppl4j.runner.output.TableReportWriter;
import org.ppl4j.runner.pipeline.RunResult;
import org.ppl4j.runner.predict.PredictiveSummary;

/**
 * Prints the report of a run in the chosen {@code --format}: the command line's rendering,
 * with the {@code --predict} and {@code --loo} sections (keys in JSON) after the summary.
 */
final class RunOutput {
  private RunOutput() {}

  /** Prints {@code result}'s report and its predictive and LOO sections on {@code out}. */
  static void print(RunResult result, OutputFormat format, boolean diagnostics,
      PrintWriter out) {
    Optional<PredictiveSummary> predictive = result.predictive().map(PredictiveSummary::of);
    if (format == OutputFormat.JSON) {
      ObjectNode root = JsonReportWriter.tree(result.report(), diagnostics);
      if (diagnostics) {
        root.put("peak_heap_mb", PeakHeap.megabytes());
      }
      PredictiveJsonWriter.add(root, predictive, result.loo());
      out.print(JsonReportWriter.text(root));
    } else {
      out.print(TableReportWriter.write(result.report()));
      predictive.ifPresent(p -> out.print(PredictiveTableWriter.predictive(p)));
      result.loo().ifPresent(l -> out.print(PredictiveTableWriter.loo(l)));
    }
    out.flush();
  }
}
