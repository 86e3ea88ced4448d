package org.ppl4j.semantics.value;

/** A {@code Bool}. */
public record BoolValue(boolean value) implements Value {
  /** The value {@code true}. */
  public static final BoolValue TRUE = new BoolValue(true);
  /** The value {@code false}. */
  public static final BoolValue FALSE = new BoolValue(false);

  /** The shared instance for {@code b}. */
  public static BoolValue of(boolean b) {
    return b ? TRUE : FALSE;
  }

  @Override
  public String typeName() {
    return "Bool";
  }
}
