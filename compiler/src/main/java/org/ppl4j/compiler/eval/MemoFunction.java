package org.ppl4j.compiler.eval;

import java.util.List;
import java.util.Optional;
import org.ppl4j.compiler.diagnostics.SourceSpan;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.value.Value;

/**
 * {@code mem(f)}: within one execution, equal arguments give the same result, the first one
 * computed. The table lives in the execution {@link State}, never in this object, so particles
 * and enumeration branches keep their own draws. Memoising a function that never draws is the
 * function itself, so such calls stay direct.
 */
final class MemoFunction extends WrappedFunction {

  MemoFunction(Callable function) {
    super("mem", function);
  }

  @Override
  public boolean isPure(Value[] args) {
    return function().isPure(args);
  }

  @Override
  public Value callPure(Value[] args, int depth) {
    return function().callPure(args, depth);
  }

  @Override
  public Model<State> call(Value[] args, State caller, SourceSpan site, EffCode.Cont k) {
    List<Value> key = List.of(args);
    Optional<Value> known = caller.memo().lookup(this, key);
    if (known.isPresent()) {
      return EffCode.done(caller.withValue(known.get()), k);
    }
    return function().call(args, caller, site, done -> k.apply(new State(done.frame(),
        done.memo().with(this, key, done.value()), done.depth(), done.value())));
  }
}
