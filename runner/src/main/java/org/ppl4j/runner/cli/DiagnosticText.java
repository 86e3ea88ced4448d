package org.ppl4j.runner.cli;

import org.ppl4j.compiler.diagnostics.Diagnostic;
import org.ppl4j.compiler.diagnostics.SourceSpan;

/**
 * A diagnostic as LANGUAGE.md §7 prints it: {@code file:line:col: error: message}, the source
 * line indented by four spaces, and carets under the span.
 */
final class DiagnosticText {
  private DiagnosticText() {}

  /** The rendered diagnostic, ending in a newline; the source line only if it exists. */
  static String render(Diagnostic diagnostic, String sourceText) {
    SourceSpan span = diagnostic.span();
    StringBuilder out = new StringBuilder();
    out.append(span.file()).append(':').append(span.line()).append(':').append(span.column())
        .append(": error: ").append(diagnostic.message()).append('\n');
    String[] lines = sourceText.split("\r?\n", -1);
    if (span.line() <= lines.length) {
      String line = lines[span.line() - 1].replace('\t', ' ');
      int start = Math.min(span.column() - 1, line.length());
      int length = Math.max(1, Math.min(span.length(), line.length() - start));
      out.append("    ").append(line).append('\n');
      out.append("    ").append(" ".repeat(start)).append("^".repeat(length)).append('\n');
    }
    return out.toString();
  }
}
