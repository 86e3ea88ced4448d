package org.ppl4j.compiler.check;

import org.ppl4j.compiler.eval.Builtin;
import org.ppl4j.semantics.value.Value;

/** What a use of a name refers to, after resolution. */
public sealed interface VarRef {

  /** A program binding, read from {@code slot} of the current frame. */
  record Local(Binding binding, int slot) implements VarRef {}

  /** A builtin function. */
  record BuiltinFunction(Builtin builtin) implements VarRef {}

  /** A builtin constant ({@code pi}, {@code inf}). */
  record Constant(Value value) implements VarRef {}
}
