package org.ppl4j.compiler;

import java.util.Objects;
import java.util.Optional;
import org.ppl4j.compiler.diagnostics.SourceSpan;
import org.ppl4j.compiler.types.PplType;
import org.ppl4j.semantics.value.Value;

/**
 * A {@code data NAME : TYPE [= DEFAULT]} declaration: an input bound by name from the data
 * file. {@code defaultValue} is present when the declaration gives one (already evaluated).
 */
public record DataInput(String name, PplType type, Optional<Value> defaultValue, SourceSpan span) {
  public DataInput {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Objects.requireNonNull(span, "span");
  }
}
