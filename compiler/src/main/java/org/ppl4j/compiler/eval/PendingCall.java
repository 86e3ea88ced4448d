package org.ppl4j.compiler.eval;

import org.ppl4j.compiler.diagnostics.SourceSpan;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.value.Value;

/**
 * A direct call made in tail position, not yet run: the body of a pure function with its frame
 * filled (arguments checked). {@link ControlNodes.TailCall} returns one as the value of a pure
 * function body instead of calling, and the caller of that body runs it in a loop
 * ({@link #complete}), so a chain of tail calls (self or mutual) takes constant stack: a
 * trampoline ("Trampolined style", Ganz, Friedman and Wand, ICFP 1999). It is a value only so
 * that it can travel through {@link PureCode#eval}; it never reaches a program: every place
 * that receives the value of a function body ({@link Closure}, {@link EffectNodes.Lift})
 * completes it first. As a value it is a function of no arguments that makes the call.
 */
final class PendingCall implements Callable {
  private final CompiledFunction function;
  private final Value[] frame;

  PendingCall(CompiledFunction function, Value[] frame) {
    this.function = function;
    this.frame = frame;
  }

  /**
   * {@code v}, or, when it is a pending call, the value that call (and every tail call it
   * makes in turn) ends with, each body evaluated at direct-call depth {@code depth}.
   */
  static Value complete(Value v, int depth) {
    Value result = v;
    while (result instanceof PendingCall p) {
      result = p.function.pureBody().eval(p.frame, depth);
    }
    return result;
  }

  @Override
  public String displayName() {
    return function.name();
  }

  @Override
  public int arity() {
    return 0;
  }

  @Override
  public boolean isPure(Value[] args) {
    return true;
  }

  @Override
  public Value callPure(Value[] args, int depth) {
    return complete(this, depth + 1);
  }

  @Override
  public Model<State> call(Value[] args, State caller, SourceSpan site, EffCode.Cont k) {
    return EffCode.done(caller.withValue(complete(this, 1)), k);
  }
}
