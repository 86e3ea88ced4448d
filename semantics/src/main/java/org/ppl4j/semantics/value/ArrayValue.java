package org.ppl4j.semantics.value;

import java.util.List;

/** An array {@code T[]}: an immutable list of values, indexed from 0. */
public record ArrayValue(List<Value> elements) implements Value {
  public ArrayValue {
    elements = List.copyOf(elements);
  }

  @Override
  public String typeName() {
    return elements.isEmpty() ? "[]" : elements.get(0).typeName() + "[]";
  }
}
