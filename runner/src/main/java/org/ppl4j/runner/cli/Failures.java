package org.ppl4j.runner.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.ppl4j.compiler.diagnostics.Diagnostic;
import org.ppl4j.compiler.diagnostics.DiagnosticRenderer;
import org.ppl4j.compiler.diagnostics.PplException;
import org.ppl4j.compiler.diagnostics.SourceScoreSite;
import org.ppl4j.inference.population.ZeroWeightException;
import org.ppl4j.runner.UserError;
import org.ppl4j.runner.data.DataFileError;
import org.ppl4j.semantics.infer.InferenceException;

/**
 * Turns anything a command throws into a message on standard error and an exit code, so that
 * no Java stack trace reaches a user: a {@link PplException} is rendered as a diagnostic with
 * its source line (exit 1), a {@link DataFileError} likewise with the data file's line, a
 * {@link UserError} or an {@link InferenceException} (the method
 * cannot handle the model) as one line (exit 1), running out of stack or
 * memory as advice (exit 1), anything else as an internal error asking for a report (exit 70;
 * the stack trace only with {@code --debug}).
 */
final class Failures {
  private Failures() {}

  /**
   * Reports {@code failure} on {@code err} and returns the exit code.
   *
   * @param sources the text of each program file read so far, by the name diagnostics use
   * @param debug whether to print stack traces of internal errors
   */
  static int report(Throwable failure, Map<String, String> sources, boolean debug,
      PrintWriter err) {
    try {
      if (failure instanceof PplException ppl) {
        String source = sources.get(ppl.diagnostic().span().file());
        err.println(source != null
            ? DiagnosticRenderer.render(ppl.diagnostic(), source) : ppl.getMessage());
        return ExitCode.USER_ERROR;
      } else if (failure instanceof ZeroWeightException zero
          && zero.site() instanceof SourceScoreSite site
          && sources.containsKey(site.span().file())) {
        err.println(DiagnosticRenderer.render(new Diagnostic(site.span(),
            "all " + zero.what() + " have zero weight after this " + site.statement()
                + " (the data or constraints are impossible under the model, or too unlikely"
                + " for " + zero.particles() + " " + zero.what() + ")"),
            sources.get(site.span().file())));
        return ExitCode.USER_ERROR;
      } else if (failure instanceof InferenceException inference
          && inference.site() instanceof SourceScoreSite site
          && sources.containsKey(site.span().file())) {
        err.println(DiagnosticRenderer.render(new Diagnostic(site.span(), inference.getMessage()),
            sources.get(site.span().file())));
        return ExitCode.USER_ERROR;
      } else if (failure instanceof DataFileError data) {
        err.println(DiagnosticRenderer.render(data.diagnostic(), data.text()));
        return ExitCode.USER_ERROR;
      } else if (failure instanceof UserError || failure instanceof InferenceException
          || failure instanceof ZeroWeightException) {
        err.println("ppl: error: " + failure.getMessage());
        return ExitCode.USER_ERROR;
      } else if (failure instanceof StackOverflowError) {
        err.println("ppl: error: the program recursed too deeply (the Java stack ran out); "
            + "raise the stack size with JAVA_OPTS=-Xss64m if the recursion is intended");
        return ExitCode.USER_ERROR;
      } else if (failure instanceof OutOfMemoryError) {
        err.println("ppl: error: out of memory; use fewer particles or draws, or raise the "
            + "heap with JAVA_OPTS=-Xmx8g");
        return ExitCode.USER_ERROR;
      }
      err.println("ppl: internal error: " + failure
          + System.lineSeparator() + "This is a bug in ppl4j; please report it"
          + (debug ? " with the stack trace below." : " (rerun with --debug for the details)."));
      if (debug) {
        failure.printStackTrace(err);
      }
      return ExitCode.INTERNAL;
    } finally {
      err.flush();
    }
  }
}
