package org.ppl4j.semantics.value;

/** The value of a statement evaluated for its effect. */
public enum UnitValue implements Value {
  /** The only value. */
  UNIT;

  @Override
  public String typeName() {
    return "Unit";
  }
}
