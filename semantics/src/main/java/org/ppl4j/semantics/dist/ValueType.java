package org.ppl4j.semantics.dist;

/** The type of a draw of a distribution family, as the language sees it. */
public enum ValueType {
  /** {@code Real}. */
  REAL,
  /** {@code Int}. */
  INT,
  /** {@code Bool}. */
  BOOL,
  /** {@code Real[]}. */
  REAL_ARRAY;

  /** Whether draws are Booleans or integers (log mass with respect to counting measure). */
  public boolean isDiscrete() {
    return this == INT || this == BOOL;
  }
}
