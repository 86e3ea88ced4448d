package org.ppl4j.compiler.eval;

import java.util.List;
import java.util.Map;
import org.ppl4j.compiler.diagnostics.SourceScoreSite;
import org.ppl4j.compiler.diagnostics.SourceSpan;
import org.ppl4j.semantics.dist.Distribution;
import org.ppl4j.semantics.dist.Family;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.value.AdArith;
import org.ppl4j.semantics.value.Arith;
import org.ppl4j.semantics.value.DistributionValue;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.UnitValue;
import org.ppl4j.semantics.value.Value;
import org.ppl4j.semantics.value.ValueDistribution;

/**
 * {@code sample}, {@code factor}, {@code condition}, {@code logpdf}, {@code mem} and the
 * distribution constructors of LANGUAGE.md §6.
 */
final class StochasticBuiltins {
  private StochasticBuiltins() {}

  static void register(Map<String, Builtin> table) {
    for (Family kind : Family.values()) {
      Builtins.add(table, new SimpleBuiltin(kind.languageName(), kind.arity(), kind.arity(),
          a -> new DistributionValue(ValueDistribution.of(kind, List.of(a)))));
    }
    Builtins.add(table, new SimpleBuiltin("logpdf", 2, 2,
        a -> ComputedDistributions.logpdf(a[0], a[1])));
    Builtins.add(table, new SimpleBuiltin("mem", 1, 1, a -> {
      if (!(a[0] instanceof Callable f)) {
        throw new IllegalArgumentException(
            "'mem' expects a function, got " + TypeCheck.describe(a[0]));
      }
      return new MemoFunction(f);
    }));
    Builtins.add(table, new Effect("sample", (a, s, site, k) -> {
      Distribution<Value> d = ComputedDistributions.drawable(a[0], "sample");
      return Model.sample(d, new SourceScoreSite(site, "sample")).flatMap(x -> k.apply(s.fork(x)));
    }));
    Builtins.add(table, new Effect("factor", (a, s, site, k) -> {
      if (!Arith.isNumber(a[0])) {
        throw new IllegalArgumentException(
            "'factor' expects a number (a log weight), got " + TypeCheck.describe(a[0]));
      }
      double logWeight = AdArith.score(a[0]);
      if (logWeight == Double.POSITIVE_INFINITY) {
        throw new IllegalArgumentException(
            "the log weight given to 'factor' is +infinity (it must be finite, or -inf to reject)");
      }
      return score(logWeight, new SourceScoreSite(site, "factor"), s, k,
          "the log weight given to 'factor' is NaN");
    }));
    Builtins.add(table, new Effect("condition", (a, s, site, k) -> {
      boolean holds = Args.bool(a[0], "the argument of 'condition'");
      return score(holds ? 0.0 : Double.NEGATIVE_INFINITY, new SourceScoreSite(site, "condition"),
          s, k, "");
    }));
  }

  /** Multiplies the weight by {@code exp(logWeight)} and continues on a copy of the frame. */
  static Model<State> score(double logWeight, SourceScoreSite site, State s, EffCode.Cont k,
      String nanMessage) {
    if (Double.isNaN(logWeight)) {
      throw new IllegalArgumentException(nanMessage);
    }
    return Model.score(logWeight, site).flatMap(u -> k.apply(s.fork(UnitValue.UNIT)));
  }

  /** What an effect builtin does. */
  @FunctionalInterface
  interface Body {
    Model<State> run(Value[] args, State state, SourceSpan site, EffCode.Cont k);
  }

  /** A builtin that draws or scores. */
  private static final class Effect extends Builtin {
    private final Body body;

    Effect(String name, Body body) {
      super(name, 1, 1, Purity.EFFECT);
      this.body = body;
    }

    @Override
    public Value callPure(Value[] args, int depth) {
      throw new AssertionError("'" + name() + "' draws or scores");
    }

    @Override
    public Model<State> call(Value[] args, State caller, SourceSpan site, EffCode.Cont k) {
      return body.run(args, caller, site, k);
    }
  }
}
