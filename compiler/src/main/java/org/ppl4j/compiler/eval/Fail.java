package org.ppl4j.compiler.eval;

import org.ppl4j.compiler.diagnostics.PplException;
import org.ppl4j.compiler.diagnostics.SourceSpan;

/** Run-time user errors: a message at the span of the failing expression. */
final class Fail {
  private Fail() {}

  static PplException at(SourceSpan span, String message) {
    return new PplException(span, message);
  }

  /** An error thrown by a value operation (Arith, a distribution factory) placed at a span. */
  static PplException at(SourceSpan span, RuntimeException e) {
    String message = e.getMessage() == null ? "invalid operation" : e.getMessage();
    return new PplException(span, message);
  }
}
