package org.ppl4j.compiler.diagnostics;

/**
 * A user error (exit code 1): thrown by the compiler for a bad program and by a compiled
 * model at run time (a bad distribution parameter, an index out of bounds), always carrying
 * the {@link Diagnostic} that says where and what. Rendered without a stack trace.
 */
public final class PplException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Diagnostic diagnostic;

  /** An error with the given diagnostic. */
  public PplException(Diagnostic diagnostic) {
    super(diagnostic.span().file() + ":" + diagnostic.span().line() + ":"
        + diagnostic.span().column() + ": error: " + diagnostic.message());
    this.diagnostic = diagnostic;
  }

  /** An error at {@code span} with {@code message}. */
  public PplException(SourceSpan span, String message) {
    this(new Diagnostic(span, message));
  }

  /** Where and what. */
  public Diagnostic diagnostic() {
    return diagnostic;
  }
}
