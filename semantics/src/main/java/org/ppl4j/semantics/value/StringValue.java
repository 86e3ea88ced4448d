package org.ppl4j.semantics.value;

import java.util.Objects;

/** A {@code String}. */
public record StringValue(String value) implements Value {
  public StringValue {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String typeName() {
    return "String";
  }
}
