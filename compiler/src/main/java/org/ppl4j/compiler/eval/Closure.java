package org.ppl4j.compiler.eval;

import org.ppl4j.compiler.diagnostics.SourceSpan;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.value.Value;

/**
 * A closure: a compiled function and the values of the names it captured, copied when it was
 * made (values are immutable, so copying is exact). A recursive {@code fun} captures itself.
 *
 * <p>Calls take memory only when they are not in tail position (LANGUAGE.md §9.4): a direct
 * call's body may end in a {@link PendingCall}, which is completed here in a loop; an effectful
 * call in tail position ({@link #tailCall}) runs the callee's body with the caller's own return
 * continuation, so neither the stack nor the chain of continuations grows.
 */
public final class Closure implements Callable {
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
    Value v = function.pureBody().eval(function.frame(captured, args), depth + 1);
    return v instanceof PendingCall ? PendingCall.complete(v, depth + 1) : v;
  }

  @Override
  public Model<State> call(Value[] args, State caller, SourceSpan site, EffCode.Cont k) {
    Value[] frame = function.frame(captured, args);
    if (function.isPure()) {
      Value v = PendingCall.complete(function.pureBody().eval(frame, 1), 1);
      return EffCode.done(caller.withValue(v), k);
    }
    if (caller.depth() >= RecursionLimit.MAX_PENDING_CALLS) {
      throw new RecursionLimit();
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

  /** Whether calls run the body directly (it never draws or scores). */
  boolean isDirect() {
    return function.isPure();
  }

  /**
   * A direct call in tail position: the callee's body with its frame filled, to be run by the
   * loop of the caller's caller ({@link PendingCall#complete}).
   *
   * @throws IllegalArgumentException when an argument does not have its parameter's type
   */
  PendingCall pending(Value[] args) {
    return new PendingCall(function, function.frame(captured, args));
  }

  /**
   * An effectful call in tail position from a function body in state {@code caller}, whose
   * return continuation is {@code k}: the callee's body runs with {@code k} itself, at the
   * caller's depth, so a chain of such calls keeps one continuation. It relies on a return
   * continuation reading only the memo table and the value of the state it gets (the frame and
   * depth it restores are its own), which {@link #call} guarantees.
   *
   * @throws IllegalArgumentException when an argument does not have its parameter's type
   */
  Model<State> tailCall(Value[] args, State caller, EffCode.Cont k) {
    State entry = State.enter(function.frame(captured, args), caller.memo(), caller.depth());
    return Model.pure(entry).flatMap(e -> function.effBody().run(e, k));
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
