package org.ppl4j.runner.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.ppl4j.compiler.Program;
import org.ppl4j.compiler.diagnostics.PplException;
import org.ppl4j.runner.UserError;
import org.ppl4j.runner.display.PosteriorFigure;
import org.ppl4j.runner.output.DrawTable;
import org.ppl4j.runner.output.DrawsCsvWriter;
import org.ppl4j.runner.output.JsonReportWriter;
import org.ppl4j.runner.output.RunReport;
import org.ppl4j.runner.output.TableReportWriter;
import org.ppl4j.semantics.infer.InferenceException;
import org.ppl4j.semantics.posterior.Posterior;

/** Prints the result of a run in the chosen format and writes the optional draws and plot. */
final class RunOutput {
  private RunOutput() {}

  /**
   * What to print and write.
   *
   * @param diagnostics whether the JSON output also carries the run's diagnostics
   */
  record Request(Program program, String method, long seed, Posterior<?> posterior,
      double seconds, OutputFormat format, boolean diagnostics, Optional<Path> draws,
      Optional<Path> plot) {}

  /** Prints the summary on {@code out} and writes {@code --draws} and {@code --plot}. */
  static void write(Request request, PrintWriter out) {
    String resultName = request.program().resultName();
    RunReport report;
    try {
      report = RunReport.of(request.program().fileName(), request.method(),
          request.seed(), request.posterior(), resultName, request.seconds());
    } catch (InferenceException e) {
      // the summary's complaint about the result (e.g. NaN in some draws): at the return
      throw request.program().resultSpan()
          .<RuntimeException>map(span -> new PplException(span, e.getMessage())).orElse(e);
    }
    out.print(request.format() == OutputFormat.JSON
        ? JsonReportWriter.write(report, request.diagnostics()) : TableReportWriter.write(report));
    out.flush();
    if (request.draws().isEmpty() && request.plot().isEmpty()) {
      return;
    }
    DrawTable table = DrawTable.of(request.posterior(), resultName);
    if (request.draws().isPresent()) {
      Path path = request.draws().get();
      try (Writer writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
        DrawsCsvWriter.write(table, writer);
      } catch (IOException | java.io.UncheckedIOException e) {
        throw new UserError("cannot write the draws to '" + path + "'" + whyNotWritable(path));
      }
    }
    if (request.plot().isPresent()) {
      Path path = request.plot().get();
      Optional<String> svg = table.columns().isEmpty()
          ? Optional.empty() : PosteriorFigure.svg(request.posterior().named(resultName));
      if (svg.isEmpty()) {
        throw new UserError("--plot: the result has no numeric leaves to plot");
      }
      try {
        Files.writeString(path, svg.get(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UserError("cannot write the plot to '" + path + "'" + whyNotWritable(path));
      }
    }
  }

  /** Why {@code path} could not be written, as ": ..." (empty when no reason is evident). */
  private static String whyNotWritable(Path path) {
    if (Files.isDirectory(path)) {
      return ": it is a directory";
    }
    Path parent = path.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      return ": no such directory '" + parent + "'";
    }
    return "";
  }
}
