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

  /**
   * The one wording of a value that does not have this input's declared type, used wherever
   * data is checked (the runner's data loader, {@link Program#model}): e.g. {@code data 'n'
   * should be Int, found the non-integer number 2.5}.
   *
   * @param found what was found, in a user's words, with where in the value when not at its
   *     root ({@code a number at flips[1]})
   */
  public String mismatch(String found) {
    return "data '" + name + "' should be " + type + ", found " + found;
  }
}
