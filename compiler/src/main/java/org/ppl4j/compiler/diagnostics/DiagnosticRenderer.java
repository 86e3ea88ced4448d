package org.ppl4j.compiler.diagnostics;

/**
 * Renders a diagnostic in the form of LANGUAGE.md §7:
 *
 * <pre>
 * coin.ppl:5:21: error: unknown distribution 'bernouli' (did you mean 'bernoulli'?)
 *     observe f ~ bernouli(p)
 *                 ^^^^^^^^
 * </pre>
 *
 * <p>The quoted line is indented by four spaces; the caret line repeats the tabs of the line
 * before the span so that the carets stand under it, and has as many carets as the span is long
 * (at least one, at most to the end of the line).
 */
public final class DiagnosticRenderer {
  private DiagnosticRenderer() {}

  /**
   * The three lines (header, source line, carets), separated by {@code \n}, without a trailing
   * newline.
   *
   * @param diagnostic what and where
   * @param sourceText the text of the file the span points into
   */
  public static String render(Diagnostic diagnostic, String sourceText) {
    SourceSpan span = diagnostic.span();
    String header = span.file() + ":" + span.line() + ":" + span.column() + ": error: "
        + diagnostic.message();
    String line = lineOf(sourceText, span.line());
    StringBuilder caret = new StringBuilder("    ");
    for (int i = 0; i < span.column() - 1; i++) {
      caret.append(i < line.length() && line.charAt(i) == '\t' ? '\t' : ' ');
    }
    int room = Math.max(1, line.length() - (span.column() - 1));
    caret.append("^".repeat(Math.min(span.length(), room)));
    return header + "\n    " + line + "\n" + caret;
  }

  /**
   * The text of line {@code number} (from 1), without its line break ({@code \n}, {@code
   * \r\n} or a lone {@code \r}); empty past the end.
   */
  static String lineOf(String text, int number) {
    String[] lines = text.split("\r\n|\r|\n", -1);
    return number - 1 < lines.length ? lines[number - 1] : "";
  }
}
