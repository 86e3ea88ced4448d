package org.ppl4j.semantics.value;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A record {@code {a: T, b: U}}: named fields, in the order they were written. */
public record RecordValue(Map<String, Value> fields) implements Value {
  public RecordValue {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  @Override
  public String typeName() {
    return fields.entrySet().stream()
        .map(e -> e.getKey() + ": " + e.getValue().typeName())
        .collect(Collectors.joining(", ", "{", "}"));
  }
}
