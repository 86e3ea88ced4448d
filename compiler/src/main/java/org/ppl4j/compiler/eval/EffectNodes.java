package org.ppl4j.compiler.eval;

import java.util.List;
import org.ppl4j.compiler.diagnostics.SourceSpan;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.value.UnitValue;
import org.ppl4j.semantics.value.Value;
import org.ppl4j.semantics.value.ValueDistribution;

/**
 * Effectful code: the parts of a program where a draw, a score or a call of an unknown
 * function can happen. Each node returns a {@link Model} of the state after it; pure parts run
 * directly inside {@link Lift}.
 */
public final class EffectNodes {
  private EffectNodes() {}

  /** Pure code as an effectful step. */
  public record Lift(PureCode code) implements EffCode {
    @Override
    public Model<State> run(State s) {
      return Model.pure(s.withValue(code.eval(s.frame(), s.depth())));
    }
  }

  /** Runs {@code value} and binds its result to a slot; the value is unit. */
  public record SetSlot(int slot, EffCode value) implements EffCode {
    @Override
    public Model<State> run(State s) {
      return value.run(s).map(r -> {
        r.frame()[slot] = r.value();
        return r.withValue(UnitValue.UNIT);
      });
    }
  }

  /** Steps in order; the value is that of the last one. */
  public record Seq(EffCode[] steps) implements EffCode {
    @Override
    public Model<State> run(State s) {
      return from(0, s);
    }

    private Model<State> from(int i, State s) {
      if (i == steps.length - 1) {
        return steps[i].run(s);
      }
      return steps[i].run(s).flatMap(r -> from(i + 1, r));
    }
  }

  /** A conditional with an effectful branch. */
  public record If(PureCode condition, SourceSpan conditionSpan, EffCode then,
      EffCode otherwise) implements EffCode {
    @Override
    public Model<State> run(State s) {
      boolean c = ControlNodes.truth(condition.eval(s.frame(), s.depth()), conditionSpan);
      return c ? then.run(s) : otherwise.run(s);
    }
  }

  /** {@code &&} or {@code ||} whose right operand is effectful. */
  public record Logical(boolean isAnd, PureCode left, EffCode right, SourceSpan span)
      implements EffCode {
    @Override
    public Model<State> run(State s) {
      String op = isAnd ? "'&&'" : "'||'";
      boolean a = ValueNodes.Logical.operand(left.eval(s.frame(), s.depth()), op, span);
      if (a != isAnd) {
        return Model.pure(s.withValue(org.ppl4j.semantics.value.BoolValue.of(a)));
      }
      return right.run(s).map(r -> r.withValue(org.ppl4j.semantics.value.BoolValue.of(
          ValueNodes.Logical.operand(r.value(), op, span))));
    }
  }

  /** {@code for x in xs { body }} with an effectful body. */
  public record For(int slot, PureCode iterable, SourceSpan iterableSpan, EffCode body)
      implements EffCode {
    @Override
    public Model<State> run(State s) {
      List<Value> xs = ControlNodes.elements(iterable.eval(s.frame(), s.depth()), iterableSpan);
      return from(xs, 0, s);
    }

    private Model<State> from(List<Value> xs, int i, State s) {
      if (i == xs.size()) {
        return Model.pure(s.withValue(UnitValue.UNIT));
      }
      s.frame()[slot] = xs.get(i);
      return body.run(s).flatMap(r -> from(xs, i + 1, r));
    }
  }

  /** A call whose callee may draw or score (decided at run time). */
  public record Call(PureCode callee, PureCode[] args, SourceSpan span) implements EffCode {
    @Override
    public Model<State> run(State s) {
      Callable f = Calls.callee(callee.eval(s.frame(), s.depth()), args.length, span);
      Value[] values = Calls.values(args, s.frame(), s.depth());
      try {
        if (f.isPure(values)) {
          int depth = s.depth();
          Value v = DeepStack.needsHop(depth)
              ? DeepStack.onFreshStack(() -> f.callPure(values, depth))
              : f.callPure(values, depth);
          return Model.pure(s.withValue(v));
        }
        return f.call(values, s, span);
      } catch (IllegalArgumentException e) {
        throw Fail.at(span, e);
      } catch (RecursionLimit | StackOverflowError e) {
        throw Fail.at(span, RecursionLimit.message(f.displayName()));
      }
    }
  }

  /** {@code x ~ D} (with a {@link SetSlot}) or {@code sample(D)}: a draw. */
  public record Sample(PureCode distribution, SourceSpan span) implements EffCode {
    @Override
    public Model<State> run(State s) {
      ValueDistribution d = distributionOf(distribution.eval(s.frame(), s.depth()), span);
      return Model.sample(d).map(s::fork);
    }
  }

  /** {@code observe value ~ D}: scores the log density of {@code D} at the value. */
  public record Observe(PureCode value, PureCode distribution, SourceSpan span)
      implements EffCode {
    @Override
    public Model<State> run(State s) {
      Value x = value.eval(s.frame(), s.depth());
      ValueDistribution d = distributionOf(distribution.eval(s.frame(), s.depth()), span);
      double logDensity;
      try {
        logDensity = d.logDensityForScore(x);
      } catch (IllegalArgumentException e) {
        throw Fail.at(span, e);
      }
      if (Double.isNaN(logDensity)) {
        throw Fail.at(span, "the log density of '" + d.name() + "' at the observed value is NaN");
      }
      return Model.score(logDensity).map(u -> s.fork(UnitValue.UNIT));
    }
  }

  static ValueDistribution distributionOf(Value v, SourceSpan span) {
    try {
      return Args.distribution(v, "~");
    } catch (IllegalArgumentException e) {
      throw Fail.at(span, "the right of '~' must be a distribution, got "
          + TypeCheck.describe(v));
    }
  }
}
