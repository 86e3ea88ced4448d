package org.ppl4j.compiler.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ppl4j.compiler.diagnostics.SourceSpan;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.model.PersistentList;
import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.Value;

/**
 * {@code map}, {@code map2}, {@code filter}, {@code repeat} and {@code fold}: direct loops when
 * the function never draws or scores, else a chain of models with an immutable accumulator.
 */
final class HigherOrderBuiltins {
  private HigherOrderBuiltins() {}

  static void register(Map<String, Builtin> table) {
    Builtins.add(table, new Each("map", 2, 0, a -> {
      Callable f = Args.function(a[0], "map", 1);
      List<Value[]> calls = new ArrayList<>();
      for (Value x : Args.array(a[1], "map").elements()) {
        calls.add(new Value[] {x});
      }
      return new Plan(f, calls, (args, results) -> new ArrayValue(results));
    }));
    Builtins.add(table, new Each("map2", 3, 0, a -> {
      Callable f = Args.function(a[0], "map2", 2);
      List<Value> xs = Args.array(a[1], "map2").elements();
      List<Value> ys = Args.array(a[2], "map2").elements();
      if (xs.size() != ys.size()) {
        throw new IllegalArgumentException("'map2' expects arrays of equal length, got "
            + xs.size() + " and " + ys.size());
      }
      List<Value[]> calls = new ArrayList<>();
      for (int i = 0; i < xs.size(); i++) {
        calls.add(new Value[] {xs.get(i), ys.get(i)});
      }
      return new Plan(f, calls, (args, results) -> new ArrayValue(results));
    }));
    Builtins.add(table, new Each("filter", 2, 0, a -> {
      Callable f = Args.function(a[0], "filter", 1);
      List<Value> xs = Args.array(a[1], "filter").elements();
      List<Value[]> calls = new ArrayList<>();
      for (Value x : xs) {
        calls.add(new Value[] {x});
      }
      return new Plan(f, calls, (args, results) -> {
        List<Value> kept = new ArrayList<>();
        for (int i = 0; i < xs.size(); i++) {
          if (Args.bool(results.get(i), "the result of the function given to 'filter'")) {
            kept.add(xs.get(i));
          }
        }
        return new ArrayValue(kept);
      });
    }));
    Builtins.add(table, new Each("repeat", 2, 1, a -> {
      long n = Args.integer(a[0], "repeat");
      if (n < 0) {
        throw new IllegalArgumentException("'repeat' expects a non-negative count, got " + n);
      }
      ArrayValue.requireMaxLength(n, "'repeat' with count " + n);
      Callable f = Args.function(a[1], "repeat", 0);
      List<Value[]> calls = new ArrayList<>();
      for (long i = 0; i < n; i++) {
        calls.add(new Value[0]);
      }
      return new Plan(f, calls, (args, results) -> new ArrayValue(results));
    }));
    Builtins.add(table, new Fold());
  }

  /** What a builtin of the "call f on each" family does with its arguments. */
  record Plan(Callable function, List<Value[]> calls, Finish finish) {}

  /** Combines the results of the calls into the builtin's value. */
  @FunctionalInterface
  interface Finish {
    Value apply(Value[] args, List<Value> results);
  }

  /** Prepares the plan of a call, checking the arguments. */
  @FunctionalInterface
  interface Planner {
    Plan plan(Value[] args);
  }

  /** A builtin that calls its function once per element and combines the results. */
  private static final class Each extends Builtin {
    private final int functionIndex;
    private final Planner planner;

    Each(String name, int arity, int functionIndex, Planner planner) {
      super(name, arity, arity, Purity.HIGHER_ORDER);
      this.functionIndex = functionIndex;
      this.planner = planner;
    }

    @Override
    public int functionArgument() {
      return functionIndex;
    }

    @Override
    public boolean isPure(Value[] args) {
      return !(args[functionIndex] instanceof Callable f) || f.isPure(new Value[0]);
    }

    @Override
    public Value callPure(Value[] args, int depth) {
      Plan plan = planner.plan(args);
      List<Value> results = new ArrayList<>(plan.calls().size());
      for (Value[] call : plan.calls()) {
        results.add(plan.function().callPure(call, depth));
      }
      return plan.finish().apply(args, results);
    }

    @Override
    public Model<State> call(Value[] args, State caller, SourceSpan site, EffCode.Cont k) {
      if (isPure(args)) {
        return super.call(args, caller, site, k);
      }
      Plan plan = planner.plan(args);
      return loop(plan, args, 0, caller, PersistentList.empty(), site, k);
    }

    private static Model<State> loop(Plan plan, Value[] args, int i, State state,
        PersistentList<Value> results, SourceSpan site, EffCode.Cont k) {
      if (i == plan.calls().size()) {
        try {
          return EffCode.done(
              state.withValue(plan.finish().apply(args, results.toList())), k);
        } catch (IllegalArgumentException e) {
          throw Fail.at(site, e);
        }
      }
      return Calls.callAt(plan.function(), plan.calls().get(i), state, site,
          done -> loop(plan, args, i + 1, done, results.prepend(done.value()), site, k));
    }
  }

  /** {@code fold(f, init, xs)}: {@code f(...f(f(init, x0), x1)..., xn)}. */
  private static final class Fold extends Builtin {
    Fold() {
      super("fold", 3, 3, Purity.HIGHER_ORDER);
    }

    @Override
    public boolean isPure(Value[] args) {
      return !(args[0] instanceof Callable f) || f.isPure(new Value[0]);
    }

    @Override
    public Value callPure(Value[] args, int depth) {
      Callable f = Args.function(args[0], "fold", 2);
      Value acc = args[1];
      for (Value x : Args.array(args[2], "fold").elements()) {
        acc = f.callPure(new Value[] {acc, x}, depth);
      }
      return acc;
    }

    @Override
    public Model<State> call(Value[] args, State caller, SourceSpan site, EffCode.Cont k) {
      if (isPure(args)) {
        return super.call(args, caller, site, k);
      }
      Callable f = Args.function(args[0], "fold", 2);
      return loop(f, Args.array(args[2], "fold").elements(), 0, caller.withValue(args[1]), site,
          k);
    }

    private static Model<State> loop(Callable f, List<Value> xs, int i, State state,
        SourceSpan site, EffCode.Cont k) {
      if (i == xs.size()) {
        return EffCode.done(state, k);
      }
      return Calls.callAt(f, new Value[] {state.value(), xs.get(i)}, state, site,
          done -> loop(f, xs, i + 1, done, site, k));
    }
  }
}
