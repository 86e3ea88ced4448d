package org.ppl4j.compiler.eval;

import org.ppl4j.compiler.diagnostics.SourceSpan;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.value.Value;

/**
 * A closure: a compiled function and the values of the names it captured, copied when it was
 * made (values are immutable, so copying is exact). A recursive {@code fun} captures itself.
 */
public final class Closure implements Callable {
  /** Calls nested deeper than this end in a "recursion too deep" error. */
  public static final int MAX_DEPTH = 10_000;

  private final CompiledFunction function;
  private final Value[] captured;

  Closure(CompiledFunction function, Value[] captured) {
    this.function = function;
    this.captured = captured;
  }

  @Override
  public String displayName() {
    return function.name();
  }

  @Override
  public int arity() {
    return function.arity();
  }

  @Override
  public boolean isPure(Value[] args) {
    return function.isPure();
  }

  @Override
  public Value callPure(Value[] args, int depth) {
    if (depth >= MAX_DEPTH) {
      throw new RecursionLimit();
    }
    return function.pureBody().eval(function.frame(captured, args), depth + 1);
  }

  @Override
  public Model<State> call(Value[] args, State caller, SourceSpan site, EffCode.Cont k) {
    if (caller.depth() >= MAX_DEPTH) {
      throw new RecursionLimit();
    }
    Value[] frame = function.frame(captured, args);
    if (function.isPure()) {
      return EffCode.done(
          caller.withValue(function.pureBody().eval(frame, caller.depth() + 1)), k);
    }
    State entry = State.enter(frame, caller.memo(), caller.depth() + 1);
    // Deferred through flatMap so that deep effectful recursion runs on the trampoline.
    return Model.pure(entry).flatMap(e -> function.effBody().run(e, done -> k.apply(
        new State(caller.frame().clone(), done.memo(), caller.depth(), done.value()))));
  }

  /** The compiled code (for {@code cache}'s keys). */
  CompiledFunction function() {
    return function;
  }

  /** The captured values, not to be written (for {@code cache} and {@code infer}). */
  Value[] captured() {
    return captured;
  }

  /** Fills the captured values; the closure may capture itself (recursion). */
  static Closure make(CompiledFunction function, int[] sourceSlots, int selfIndex,
      Value[] frame) {
    Value[] captured = new Value[sourceSlots.length];
    Closure closure = new Closure(function, captured);
    for (int i = 0; i < sourceSlots.length; i++) {
      captured[i] = i == selfIndex ? closure : frame[sourceSlots[i]];
    }
    return closure;
  }
}
