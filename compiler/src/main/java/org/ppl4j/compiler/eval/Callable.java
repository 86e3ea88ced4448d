package org.ppl4j.compiler.eval;

import java.util.List;
import org.ppl4j.compiler.diagnostics.SourceSpan;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.value.FunctionValue;
import org.ppl4j.semantics.value.Value;

/**
 * A function value of compiled programs (closure, builtin, memoised function): callable
 * directly when it can never draw or score, else through a {@link Model} that threads the
 * execution {@link State} (the memo table).
 */
public interface Callable extends FunctionValue {

  /** The name used in messages: the function's name or {@code "anonymous function"}. */
  String displayName();

  /** Whether it accepts {@code n} arguments. */
  default boolean accepts(int n) {
    return n == arity();
  }

  /** Whether a call can never draw or score (for these particular arguments' functions). */
  boolean isPure(Value[] args);

  /** The result of a call with {@code isPure(args)}; {@code depth} is the caller's depth. */
  Value callPure(Value[] args, int depth);

  /**
   * The model of a call from a caller in state {@code caller} (owned), continued by
   * {@code k} with a state that continues the caller's frame lineage, with the memo table the
   * call leaves and the result as value. Errors found after a suspension are reported at {@code site}, the call's span.
   */
  Model<State> call(Value[] args, State caller, SourceSpan site, EffCode.Cont k);

  @Override
  default Model<Value> apply(List<Value> args) {
    Value[] a = args.toArray(new Value[0]);
    State start = State.enter(new Value[0], MemoTable.EMPTY, 0);
    if (isPure(a)) {
      return Model.pure(callPure(a, 0));
    }
    return call(a, start, new SourceSpan("<host>", 1, 1, 1), EffCode.END).map(State::value);
  }
}
