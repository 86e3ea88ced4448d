package org.ppl4j.compiler.eval;

/** Thrown when calls nest deeper than {@link Closure#MAX_DEPTH}; the call site reports it. */
final class RecursionLimit extends RuntimeException {
  private static final long serialVersionUID = 1L;

  RecursionLimit() {
    super(null, null, false, false);
  }

  /** The message a call site of {@code function} reports. */
  static String message(String function) {
    return "recursion too deep in '" + function + "' (over " + Closure.MAX_DEPTH
        + " nested calls)";
  }
}
