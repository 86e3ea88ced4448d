package org.ppl4j.semantics.value;

/** A {@code Real}: an IEEE double. */
public record RealValue(double value) implements Value {
  @Override
  public String typeName() {
    return "Real";
  }
}
