package org.ppl4j.compiler.eval;

import org.ppl4j.semantics.value.Value;

/** A pure builtin given by a function of its argument values. */
final class SimpleBuiltin extends Builtin {

  /** The computation of a pure builtin. */
  @FunctionalInterface
  interface Body {
    Value apply(Value[] args);
  }

  private final Body body;

  SimpleBuiltin(String name, int minArity, int maxArity, Body body) {
    super(name, minArity, maxArity, Purity.PURE);
    this.body = body;
  }

  @Override
  public Value callPure(Value[] args, int depth) {
    return body.apply(args);
  }
}
