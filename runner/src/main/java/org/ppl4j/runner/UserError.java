package org.ppl4j.runner;

import java.util.Objects;
import java.util.Optional;
import org.ppl4j.compiler.diagnostics.Diagnostic;
import org.ppl4j.compiler.diagnostics.DiagnosticRenderer;
import org.ppl4j.compiler.diagnostics.SourceSpan;

/**
 * The one type of error a user causes, whichever front end ({@code ppl run}, {@code ppl check},
 * the {@code .ppl} kernel, the {@code %%ppl} magic) shows it: a bad program, bad data, a bad
 * method or option, an inference that cannot go on (every particle at zero weight), an
 * unreadable file. It carries an optional source span and is rendered in one place,
 * {@link #render()} (STYLE.md, LANGUAGE.md §7): with a span, {@code file:line:col: error:
 * message}, the source line and a caret; without, {@code error: message}. It never carries a
 * Java stack trace.
 *
 * <p>Three kinds, sealed: a plain {@code UserError} (no place: an unreadable file), a
 * {@link Located} one (a place in the program or in a data file), and a {@link Usage} one (a bad
 * method name or option value: the command line exits 2 for it instead of 1). Errors thrown by
 * the layers below (the compiler's diagnostics, inference failures) become one of these in
 * {@link org.ppl4j.runner.pipeline.UserErrors}.
 */
public sealed class UserError extends RuntimeException
    permits UserError.Located, UserError.Usage {
  private static final long serialVersionUID = 1L;

  /** An error without a place, with a message that starts lower-case and names the bad value. */
  public UserError(String message) {
    super(Objects.requireNonNull(message, "message"), null, false, false);
  }

  /**
   * An error at {@code span}, whose source text is not at hand yet (the pipeline adds it).
   *
   * @param span where, in the program or a data file
   * @param message what, lower-case, without the place
   */
  public static Located at(SourceSpan span, String message) {
    return new Located(new Diagnostic(span, message), Optional.empty());
  }

  /**
   * An error at {@code span} in a file whose whole text is {@code text}.
   *
   * @param text the text of the file the span points into, for the quoted line
   */
  public static Located at(SourceSpan span, String message, String text) {
    return new Located(new Diagnostic(span, message), Optional.of(text));
  }

  /** A bad method name or option value, e.g. {@code --particles must be at least 1, got 0}. */
  public static Usage usage(String message) {
    return new Usage(message);
  }

  /** Where the error is, if it has a place. */
  public Optional<SourceSpan> span() {
    return Optional.empty();
  }

  /**
   * The error as a user sees it: {@code error: message} here; for a {@link Located} error its
   * diagnostic (with the source line and caret when the text is known). No trailing newline.
   */
  public String render() {
    return "error: " + getMessage();
  }

  /**
   * An error at a place in a program or data file.
   */
  public static final class Located extends UserError {
    private static final long serialVersionUID = 1L;
    private final transient Diagnostic diagnostic;
    private final String text;

    private Located(Diagnostic diagnostic, Optional<String> text) {
      super(diagnostic.message());
      this.diagnostic = diagnostic;
      this.text = text.orElse(null);
    }

    /** Where and what. */
    public Diagnostic diagnostic() {
      return diagnostic;
    }

    /** The text of the file the span points into, when known. */
    public Optional<String> text() {
      return Optional.ofNullable(text);
    }

    /** This error with the text of its file (to quote its line). */
    public Located withText(String fileText) {
      return new Located(diagnostic, Optional.of(fileText));
    }

    @Override
    public Optional<SourceSpan> span() {
      return Optional.of(diagnostic.span());
    }

    @Override
    public String render() {
      if (text != null) {
        return DiagnosticRenderer.render(diagnostic, text);
      }
      SourceSpan s = diagnostic.span();
      return s.file() + ":" + s.line() + ":" + s.column() + ": error: " + diagnostic.message();
    }
  }

  /** A bad method name or option value (the command line's usage error, exit code 2). */
  public static final class Usage extends UserError {
    private static final long serialVersionUID = 1L;

    private Usage(String message) {
      super(message);
    }
  }
}
