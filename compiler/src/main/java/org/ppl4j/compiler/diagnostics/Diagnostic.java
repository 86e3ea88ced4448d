package org.ppl4j.compiler.diagnostics;

import java.util.Objects;

/**
 * One error a user caused, at a place in their program. Messages start lower-case, quote the
 * user's names, say what was expected, and never name a Java class (STYLE.md).
 */
public record Diagnostic(SourceSpan span, String message) {
  public Diagnostic {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(message, "message");
  }
}
