package org.ppl4j.compiler.eval;

/**
 * Signals that code evaluated for a real number gave something else; the caller then takes
 * the general path, which reports the error in full. Preallocated and without a stack trace.
 */
final class NotReal extends RuntimeException {
  private static final long serialVersionUID = 1L;
  static final NotReal INSTANCE = new NotReal();

  private NotReal() {
    super(null, null, false, false);
  }
}
