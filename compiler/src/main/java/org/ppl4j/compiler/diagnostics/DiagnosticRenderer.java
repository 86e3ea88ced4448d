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
 * (at least one, at most to the end of the line). A line over {@value #LONG_LINE} characters is
 * quoted as a window of {@value #CONTEXT} characters on each side of the span, with
 * {@code ...} where it is cut.
 */
public final class DiagnosticRenderer {
  /** A line longer than this is quoted as a window around the span (a huge literal's line). */
  static final int LONG_LINE = 1000;
  /** The characters shown on each side of the span in such a window, and the most carets. */
  static final int CONTEXT = 60;

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
    int start = span.column() - 1;
    int length = span.length();
    String before = "";
    String after = "";
    if (line.length() > LONG_LINE) { // a window around the span, marked "..." where cut
      // a span may start past the line's end (the end of the input): the window ends the line
      int from = Math.max(0, Math.min(start, line.length()) - CONTEXT);
      int to = Math.min(line.length(), start + Math.min(length, CONTEXT) + CONTEXT);
      before = from > 0 ? "..." : "";
      after = to < line.length() ? "..." : "";
      line = line.substring(from, Math.max(from, to));
      start -= from;
      length = Math.min(length, CONTEXT);
    }
    StringBuilder caret = new StringBuilder("    ").append(" ".repeat(before.length()));
    for (int i = 0; i < start; i++) {
      caret.append(i < line.length() && line.charAt(i) == '\t' ? '\t' : ' ');
    }
    int room = Math.max(1, line.length() - start);
    caret.append("^".repeat(Math.min(length, room)));
    return header + "\n    " + before + line + after + "\n" + caret;
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
