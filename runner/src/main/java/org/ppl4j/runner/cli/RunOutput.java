package org.ppl4j.runner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.ppl4j.compiler.Program;
import org.ppl4j.runner.method.InferenceOutcome;

/** Prints the result of a run in the chosen format and writes the optional files. */
final class RunOutput {
  private RunOutput() {}

  /** What to print and write. */
  record Request(Program program, String method, long seed, InferenceOutcome outcome,
      double seconds, OutputFormat format, Optional<Path> draws, Optional<Path> plot) {}

  static void write(Request request, PrintWriter out) {
    throw new UnsupportedOperationException("posterior summaries are not wired yet");
  }
}
