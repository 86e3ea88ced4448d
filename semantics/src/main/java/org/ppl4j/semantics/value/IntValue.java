package org.ppl4j.semantics.value;

/** An {@code Int}: a 64-bit signed integer, accepted where a {@code Real} is expected. */
public record IntValue(long value) implements Value {
  @Override
  public String typeName() {
    return "Int";
  }
}
