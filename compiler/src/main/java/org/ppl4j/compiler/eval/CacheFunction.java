package org.ppl4j.compiler.eval;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ppl4j.compiler.diagnostics.SourceSpan;
import org.ppl4j.semantics.model.Handler;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.model.Step;
import org.ppl4j.semantics.nested.SeedDistribution;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.Value;

/**
 * {@code cache(f)} (LANGUAGE.md §9.3): {@code f} with its results remembered for equal
 * arguments across the whole run — every execution, particle and chain — unlike {@code mem},
 * whose table lives in one execution. Meant for deterministic functions, typically one that
 * returns {@code infer(...)}.
 *
 * <p>The table is shared and concurrent (chains run in parallel); a function is identified by
 * its code and captured values ({@link CapturedValues#key}), so the closure made by the same
 * {@code cache(...)} in another execution finds the same entries. A result never depends on
 * who computed it first, so runs stay seed-deterministic: a call is evaluated on its own,
 * outside the caller's run, where an inner {@code infer} by a random method draws its seed from
 * a generator seeded by the function's name and the arguments' text; any other draw or score
 * is an error (the function is not deterministic). Arguments or captured values that carry
 * derivatives are never cached. The table holds at most {@value #CAPACITY} results and starts
 * afresh when full.
 */
final class CacheFunction extends WrappedFunction {
  static final int CAPACITY = 200_000;
  private static final Map<List<Object>, Value> TABLE = new ConcurrentHashMap<>();

  private final Object functionKey;

  private CacheFunction(Callable function, Object functionKey) {
    super("cache", function);
    this.functionKey = functionKey;
  }

  /** {@code cache(f)}. */
  static CacheFunction of(Callable f) {
    return new CacheFunction(f, CapturedValues.key(f));
  }

  /** Always: the effects of {@code f} (an inner seed) are handled inside the call. */
  @Override
  public boolean isPure(Value[] args) {
    return true;
  }

  @Override
  public Value callPure(Value[] args, int depth) {
    Object argsKey = CapturedValues.key(new org.ppl4j.semantics.value.ArrayValue(List.of(args)));
    if (functionKey == CapturedValues.UNCACHEABLE || argsKey == CapturedValues.UNCACHEABLE) {
      return compute(args, depth);
    }
    List<Object> key = List.of(functionKey, argsKey);
    Value known = TABLE.get(key);
    if (known != null) {
      return known;
    }
    Value result = compute(args, depth);
    if (TABLE.size() >= CAPACITY) {
      TABLE.clear();
    }
    Value first = TABLE.putIfAbsent(key, result);
    return first != null ? first : result;
  }

  @Override
  public Model<State> call(Value[] args, State caller, SourceSpan site, EffCode.Cont k) {
    return EffCode.done(caller.withValue(callPure(args, caller.depth())), k);
  }

  /** {@code f(args)}, run on its own. */
  private Value compute(Value[] args, int depth) {
    if (function().isPure(args)) {
      return function().callPure(args, depth);
    }
    State start = State.enter(new Value[0], MemoTable.EMPTY, depth);
    Model<State> call = function().call(args, start, new SourceSpan("<cache>", 1, 1, 1),
        EffCode.END);
    return new Isolated(Rng.seeded(seed(args))).run(call).value();
  }

  /** A seed that depends only on the function's name and the arguments' text. */
  private long seed(Value[] args) {
    String text = displayName() + ValueText.of(new org.ppl4j.semantics.value.ArrayValue(
        List.of(args)));
    long h = 1125899906842597L;
    for (int i = 0; i < text.length(); i++) {
      h = 31 * h + text.charAt(i);
    }
    return h;
  }

  /** Runs a call that may only draw inner seeds. */
  private final class Isolated extends Handler<State, State> {
    private final Rng rng;

    Isolated(Rng rng) {
      this.rng = rng;
    }

    @Override
    protected State onDone(State value) {
      return value;
    }

    @Override
    @SuppressWarnings("unchecked")
    protected <X> Model<State> onSample(Step.Sampled<X, State> sampled) {
      if (sampled.distribution() instanceof SeedDistribution) {
        return ((Step.Sampled<Long, State>) (Step.Sampled<?, State>) sampled)
            .resumeWith(rng.nextLong());
      }
      throw new IllegalArgumentException("'cache' expects a deterministic function, but '"
          + function().displayName() + "' draws from " + sampled.distribution().name()
          + " (use 'mem' to remember random choices within one execution)");
    }

    @Override
    protected Model<State> onScore(Step.Scored<State> scored) {
      if (scored.logWeight() != 0.0) {
        throw new IllegalArgumentException("'cache' expects a deterministic function, but '"
            + function().displayName() + "' scores (an observe, factor or condition outside"
            + " 'infer')");
      }
      return scored.resumeAfter();
    }
  }
}
