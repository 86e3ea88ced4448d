package org.ppl4j.compiler.eval;

import java.util.List;
import java.util.Optional;
import org.ppl4j.compiler.ObservedSite;
import org.ppl4j.compiler.diagnostics.SourceScoreSite;
import org.ppl4j.compiler.diagnostics.SourceSpan;
import org.ppl4j.semantics.dist.Distribution;
import org.ppl4j.semantics.dist.Family;
import org.ppl4j.semantics.dist.ValueType;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.model.ScoreSite;
import org.ppl4j.semantics.value.ComputedDistribution;
import org.ppl4j.semantics.value.AdRealValue;
import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.BoolValue;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.UnitValue;
import org.ppl4j.semantics.value.Value;
import org.ppl4j.semantics.value.ValueDistribution;

/**
 * Effectful code: the parts of a program where a draw, a score or a call of an unknown
 * function can happen. Pure parts run directly inside {@link Lift}.
 */
public final class EffectNodes {
  /**
   * The direct-call depth of pure code run by effectful code: none, since effectful code runs
   * on the {@code Model} trampoline, not nested in a direct call ({@link DeepStack}).
   */
  private static final int DIRECT = 0;

  private EffectNodes() {}

  /**
   * Pure code as an effectful step; a {@link PendingCall} it ends with (a direct call in tail
   * position of an effectful function) is completed here.
   */
  public record Lift(PureCode code) implements EffCode {
    @Override
    public Model<State> run(State s, Cont k) {
      Value v = code.eval(s.frame(), DIRECT);
      Value result = v instanceof PendingCall ? PendingCall.complete(v, 1) : v;
      return EffCode.done(s.withValue(result), k);
    }
  }

  /** Runs {@code value} and binds its result to a slot; the value is unit. */
  public record SetSlot(int slot, EffCode value) implements EffCode {
    @Override
    public Model<State> run(State s, Cont k) {
      return value.run(s, r -> {
        r.frame()[slot] = r.value();
        return k.apply(r.withValue(UnitValue.UNIT));
      });
    }
  }

  /** Steps in order; the value is that of the last one. */
  public record Seq(EffCode[] steps) implements EffCode {
    @Override
    public Model<State> run(State s, Cont k) {
      return from(0, s, k);
    }

    private Model<State> from(int i, State s, Cont k) {
      if (i == steps.length - 1) {
        return steps[i].run(s, k);
      }
      return steps[i].run(s, r -> from(i + 1, r, k));
    }
  }

  /** A conditional with an effectful branch. */
  public record If(PureCode condition, SourceSpan conditionSpan, EffCode then,
      EffCode otherwise) implements EffCode {
    @Override
    public Model<State> run(State s, Cont k) {
      boolean c = ControlNodes.truth(condition.eval(s.frame(), DIRECT), conditionSpan);
      return c ? then.run(s, k) : otherwise.run(s, k);
    }
  }

  /** {@code &&} or {@code ||} whose right operand is effectful. */
  public record Logical(boolean isAnd, PureCode left, EffCode right, SourceSpan span)
      implements EffCode {
    @Override
    public Model<State> run(State s, Cont k) {
      String op = isAnd ? "'&&'" : "'||'";
      boolean a = ValueNodes.Logical.operand(left.eval(s.frame(), DIRECT), op, span);
      if (a != isAnd) {
        return EffCode.done(s.withValue(BoolValue.of(a)), k);
      }
      return right.run(s, r -> k.apply(
          r.withValue(BoolValue.of(ValueNodes.Logical.operand(r.value(), op, span)))));
    }
  }

  /** {@code for x in xs { body }} with an effectful body. */
  public record For(int slot, PureCode iterable, SourceSpan iterableSpan, EffCode body)
      implements EffCode {
    @Override
    public Model<State> run(State s, Cont k) {
      List<Value> xs = ControlNodes.elements(iterable.eval(s.frame(), DIRECT), iterableSpan);
      return from(xs, 0, s, k);
    }

    private Model<State> from(List<Value> xs, int i, State s, Cont k) {
      if (i == xs.size()) {
        return EffCode.done(s.withValue(UnitValue.UNIT), k);
      }
      s.frame()[slot] = xs.get(i);
      return body.run(s, r -> from(xs, i + 1, r, k));
    }
  }

  /** {@code for x in from..to { body }} with an effectful body: counts, builds no array. */
  public record ForRange(int slot, PureCode from, PureCode to, SourceSpan rangeSpan,
      EffCode body) implements EffCode {
    @Override
    public Model<State> run(State s, Cont k) {
      long[] bounds = ControlNodes.bounds(from, to, s.frame(), DIRECT, rangeSpan);
      return loop(bounds[0], bounds[1], s, k);
    }

    private Model<State> loop(long i, long end, State s, Cont k) {
      if (i >= end) {
        return EffCode.done(s.withValue(UnitValue.UNIT), k);
      }
      s.frame()[slot] = ArrayBuiltins.intValue(i);
      return body.run(s, r -> loop(i + 1, end, r, k));
    }
  }

  /**
   * A call whose callee may draw or score (decided at run time): directly when the callee is
   * pure for these arguments. In tail position of a function body ({@code tail}), an effectful
   * closure's body runs with this body's own return continuation {@code k}
   * ({@link Closure#tailCall}), so tail recursion keeps one continuation and one frame; any
   * other callee goes through {@link Calls#callAt}. One record for both, so that neither adds a
   * Java frame per level of a recursion.
   */
  public record Call(PureCode callee, PureCode[] args, SourceSpan span, boolean tail)
      implements EffCode {
    @Override
    public Model<State> run(State s, Cont k) {
      Callable f = Calls.callee(callee.eval(s.frame(), DIRECT), args.length, span);
      Value[] values = Calls.values(args, s.frame(), DIRECT);
      if (Calls.isPure(f, values, span)) {
        return EffCode.done(s.withValue(Calls.direct(f, values, DIRECT, span)), k);
      }
      if (tail && f instanceof Closure c) {
        try {
          return c.tailCall(values, s, k);
        } catch (IllegalArgumentException e) {
          throw Fail.at(span, e);
        }
      }
      return Calls.callAt(f, values, s, span, k);
    }
  }

  /** {@code x ~ D} (with a {@link SetSlot}): a draw, its site named {@code x}. */
  public record Sample(PureCode distribution, SourceSpan span, String name) implements EffCode {
    @Override
    public Model<State> run(State s, Cont k) {
      Distribution<Value> d = ComputedDistributions.drawable(
          distribution.eval(s.frame(), DIRECT), span);
      return Model.sample(d, drawSite(span, name)).flatMap(x -> k.apply(s.fork(x)));
    }
  }

  /**
   * {@code let x = sample(D)} (with a {@link SetSlot}): the builtin's draw, with its messages,
   * its site named {@code x}.
   */
  public record SampleCall(PureCode distribution, SourceSpan span, String name)
      implements EffCode {
    @Override
    public Model<State> run(State s, Cont k) {
      Distribution<Value> d;
      try {
        d = ComputedDistributions.drawable(distribution.eval(s.frame(), DIRECT), "sample");
      } catch (IllegalArgumentException e) {
        throw Fail.at(span, e);
      }
      return Model.sample(d, new SourceScoreSite(span, "sample", Optional.of(name)))
          .flatMap(x -> k.apply(s.fork(x)));
    }
  }

  /**
   * {@code x ~ kind(args...)} (with a {@link SetSlot}) with a distribution constructor known at
   * compile time: the draw goes through the {@link ValueDistribution} of the arguments.
   */
  public record SampleKnown(Family kind, PureCode[] args, SourceSpan span, String name)
      implements EffCode {
    @Override
    public Model<State> run(State s, Cont k) {
      Value[] a = Calls.values(args, s.frame(), DIRECT);
      ValueDistribution d;
      try {
        d = ValueDistribution.of(kind, List.of(a));
      } catch (IllegalArgumentException e) {
        throw Fail.at(span, e);
      }
      return Model.sample(d, drawSite(span, name)).flatMap(x -> k.apply(s.fork(x)));
    }
  }

  /**
   * {@code observe value ~ D}: scores the log density of {@code D} at the value. With a
   * {@code label} (a program compiled to record its observations), the score's site is an
   * {@link ObservedSite} holding the distribution and the value.
   */
  public record Observe(PureCode value, PureCode distribution, SourceSpan span,
      SourceScoreSite site, Optional<String> label) implements EffCode {

    /** The node; its score carries the statement's site. */
    public Observe(PureCode value, PureCode distribution, SourceSpan span) {
      this(value, distribution, span, Optional.empty());
    }

    /** The node, recording its observations under {@code label} when one is given. */
    public Observe(PureCode value, PureCode distribution, SourceSpan span,
        Optional<String> label) {
      this(value, distribution, span, new SourceScoreSite(span, "observe"), label);
    }

    @Override
    public Model<State> run(State s, Cont k) {
      Value x = value.eval(s.frame(), DIRECT);
      Value dv = distribution.eval(s.frame(), DIRECT);
      if (ComputedDistributions.of(dv).isPresent()) {
        ComputedDistribution c = ComputedDistributions.of(dv).get();
        return ComputedDistributions.observe(c, x, span, siteOf(site, label, c, x))
            .flatMap(u -> k.apply(s.fork(UnitValue.UNIT)));
      }
      ValueDistribution d = distributionOf(dv, span);
      double logDensity;
      try {
        logDensity = d.logDensityForScore(x);
      } catch (IllegalArgumentException e) {
        throw Fail.at(span, e);
      }
      return Model.score(observed(logDensity, d.kind(), x, span), siteOf(site, label, d, x))
          .flatMap(u -> k.apply(s.fork(UnitValue.UNIT)));
    }
  }

  /** The site of an observe's score: the statement's, or an observation when recording. */
  static ScoreSite siteOf(SourceScoreSite site, Optional<String> label,
      Distribution<Value> d, Value x) {
    return label.isEmpty() ? site : new ObservedSite(site, label.get(), d, x);
  }

  /**
   * An observe's log density {@code logDensity} of {@code x} under {@code kind}, or a located
   * error where it is NaN or +infinity, or where {@code x} cannot be a value of the family at all
   * (a non-integral number observed from a count distribution: issue 20, finding 12), which
   * would otherwise surface later as "all particles have zero weight".
   */
  static double observed(double logDensity, Family kind, Value x, SourceSpan span) {
    if (Double.isNaN(logDensity) || logDensity == Double.POSITIVE_INFINITY) {
      throw Fail.at(span, "the log density of '" + kind.languageName()
          + "' at the observed value is " + (Double.isNaN(logDensity) ? "NaN" : "+infinity"));
    }
    if (logDensity == Double.NEGATIVE_INFINITY && kind.valueType() == ValueType.INT
        && x instanceof RealValue r && r.value() != Math.rint(r.value())) {
      throw Fail.at(span, "the observed value " + r.value() + " is not a whole number, so it"
          + " cannot come from '" + kind.languageName() + "' (whose values are Ints)");
    }
    return logDensity;
  }

  /**
   * {@code observe value ~ kind(args...)} with a distribution constructor known at compile
   * time: the density is computed without building the distribution value.
   */
  public record ObserveKnown(PureCode value, Family kind, PureCode[] args,
      SourceSpan distributionSpan, SourceSpan span, boolean realParameters,
      SourceScoreSite site, Optional<String> label) implements EffCode {

    /** The node; {@code args.length == kind.arity()}. */
    public ObserveKnown(PureCode value, Family kind, PureCode[] args,
        SourceSpan distributionSpan, SourceSpan span) {
      this(value, kind, args, distributionSpan, span, Optional.empty());
    }

    /**
     * The node, recording its observations under {@code label} when one is given (the
     * distribution value is then built at each execution, as the general path does).
     */
    public ObserveKnown(PureCode value, Family kind, PureCode[] args,
        SourceSpan distributionSpan, SourceSpan span, Optional<String> label) {
      this(value, kind, args, distributionSpan, span,
          label.isEmpty() && kind.hasRealParameters() && args.length >= 1 && args.length <= 3,
          new SourceScoreSite(span, "observe"), label);
    }

    @Override
    public Model<State> run(State s, Cont k) {
      Value x = value.eval(s.frame(), DIRECT);
      double logDensity;
      try {
        logDensity = logDensity(s, x);
      } catch (IllegalArgumentException e) {
        throw Fail.at(Calls.isParameterError(e, kind) ? distributionSpan : span, e);
      }
      ScoreSite at = site;
      if (label.isPresent()) {
        try {
          at = siteOf(site, label, ValueDistribution.of(kind,
              List.of(Calls.values(args, s.frame(), DIRECT))), x);
        } catch (IllegalArgumentException e) {
          throw Fail.at(distributionSpan, e);
        }
      }
      return Model.score(observed(logDensity, kind, x, span), at)
          .flatMap(u -> k.apply(s.fork(UnitValue.UNIT)));
    }

    private double logDensity(State s, Value x) {
      if (realParameters && !(x instanceof AdRealValue || x instanceof ArrayValue)) {
        Value[] f = s.frame();
        int d = DIRECT;
        try {
          double p0 = args[0].evalReal(f, d);
          double p1 = args.length > 1 ? args[1].evalReal(f, d) : 0;
          double p2 = args.length > 2 ? args[2].evalReal(f, d) : 0;
          return ValueDistribution.logDensity(kind, p0, p1, p2, x);
        } catch (NotReal e) {
          // a parameter is not a number: the general path reports it
        }
      }
      return ValueDistribution.logDensityForScore(kind, Calls.values(args, s.frame(), DIRECT), x);
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

  /**
   * The site of a draw at {@code span} bound to {@code name}, so that an inference that cannot
   * take it points there and initial values can name it.
   */
  static SourceScoreSite drawSite(SourceSpan span, String name) {
    return new SourceScoreSite(span, "~", Optional.of(name));
  }
}
