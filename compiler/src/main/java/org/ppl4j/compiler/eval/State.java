package org.ppl4j.compiler.eval;

import org.ppl4j.semantics.value.UnitValue;
import org.ppl4j.semantics.value.Value;

/**
 * The state of one execution of a compiled program between two steps of effectful code: the
 * current function's frame (its slots), the memo table of {@code mem} functions, the depth (the
 * number of pending effectful calls: those not in tail position, whose continuations the heap
 * holds; bounded by {@link RecursionLimit#MAX_PENDING_CALLS}), and the value last computed.
 *
 * <p>Ownership rule (what makes continuations safe to resume many times, as SMC and the
 * enumerator do): a state received as an argument is owned and its frame may be written in
 * place; a continuation that runs after a {@code sample} or {@code score}, or after a call
 * returns, never writes to a frame it captured but works on a copy ({@link #fork}). A function
 * body's return continuation reads only the memo table and the value of the state it gets, so a
 * call in tail position may hand it on unchanged ({@link Closure#tailCall}).
 */
public record State(Value[] frame, MemoTable memo, int depth, Value value) {

  /** The same frame, memo and depth, with {@code v} as the value. */
  public State withValue(Value v) {
    return new State(frame, memo, depth, v);
  }

  /** A copy of the frame (owned by the caller of this method) with {@code v} as the value. */
  public State fork(Value v) {
    return new State(frame.clone(), memo, depth, v);
  }

  /** The state of a new execution of a function body with frame {@code frame}. */
  static State enter(Value[] frame, MemoTable memo, int depth) {
    return new State(frame, memo, depth, UnitValue.UNIT);
  }
}
