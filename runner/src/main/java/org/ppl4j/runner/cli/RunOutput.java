package org.ppl4j.runner.cli;

import java.io.PrintWriter;
import org.ppl4j.runner.output.JsonReportWriter;
import org.ppl4j.runner.output.RunReport;
import org.ppl4j.runner.output.TableReportWriter;

/** Prints the report of a run in the chosen {@code --format}: the command line's rendering. */
final class RunOutput {
  private RunOutput() {}

  /**
   * Prints {@code report} on {@code out}.
   *
   * @param diagnostics whether the JSON output also carries the run's diagnostics
   */
  static void print(RunReport report, OutputFormat format, boolean diagnostics,
      PrintWriter out) {
    out.print(format == OutputFormat.JSON
        ? JsonReportWriter.write(report, diagnostics) : TableReportWriter.write(report));
    out.flush();
  }
}
