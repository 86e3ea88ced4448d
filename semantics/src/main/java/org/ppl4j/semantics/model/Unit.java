package org.ppl4j.semantics.model;

/** The value of a computation run only for its effect (a {@code score}). */
public enum Unit {
  /** The only value. */
  UNIT
}
