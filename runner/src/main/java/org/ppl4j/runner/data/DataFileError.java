package org.ppl4j.runner.data;

import java.util.Objects;
import org.ppl4j.compiler.diagnostics.Diagnostic;
import org.ppl4j.runner.UserError;

/**
 * A malformed data file with a place in it (a JSON syntax error, a CSV row of the wrong
 * length): reported like a program's diagnostic (LANGUAGE.md §7), {@code file:line:col: error:}
 * with the data file's line and a caret, exit code 1.
 */
public final class DataFileError extends UserError {
  private static final long serialVersionUID = 1L;
  private final transient Diagnostic diagnostic;
  private final String text;

  /**
   * An error at {@code diagnostic}'s span in the data file whose whole text is {@code text}.
   *
   * @param diagnostic where in the data file, and what is wrong (lower-case, no file name)
   * @param text the data file's text, for the quoted line
   */
  public DataFileError(Diagnostic diagnostic, String text) {
    super("data file " + diagnostic.span().file() + ":" + diagnostic.span().line() + ":"
        + diagnostic.span().column() + ": " + diagnostic.message());
    this.diagnostic = Objects.requireNonNull(diagnostic, "diagnostic");
    this.text = Objects.requireNonNull(text, "text");
  }

  /** Where in the data file, and what. */
  public Diagnostic diagnostic() {
    return diagnostic;
  }

  /** The data file's text. */
  public String text() {
    return text;
  }
}
