package org.ppl4j.compiler.eval;

import org.ppl4j.compiler.diagnostics.SourceSpan;
import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.BoolValue;
import org.ppl4j.semantics.value.IntValue;
import org.ppl4j.semantics.value.UnitValue;
import org.ppl4j.semantics.value.Value;

/** Pure code for control: conditionals, sequences, bindings, loops, closures and calls. */
public final class ControlNodes {
  private ControlNodes() {}

  /** The Bool value of a condition, or a run-time error at the condition's span. */
  static boolean truth(Value v, SourceSpan span) {
    if (v instanceof BoolValue b) {
      return b.value();
    }
    throw Fail.at(span, "a condition must be a Bool, got " + TypeCheck.describe(v));
  }

  /** The elements of the array a {@code for} loop runs over. */
  static java.util.List<Value> elements(Value v, SourceSpan span) {
    if (v instanceof ArrayValue a) {
      return a.elements();
    }
    throw Fail.at(span, "'for' needs an array to run over, got " + TypeCheck.describe(v));
  }

  /** {@code if c {..} else {..}} (a missing else gives unit). */
  public record If(PureCode condition, SourceSpan conditionSpan, PureCode then,
      PureCode otherwise) implements PureCode {
    @Override
    public Value eval(Value[] frame, int depth) {
      return truth(condition.eval(frame, depth), conditionSpan)
          ? then.eval(frame, depth) : otherwise.eval(frame, depth);
    }
  }

  /** Statements in order; the value is that of the last one. */
  public record Seq(PureCode[] steps) implements PureCode {
    @Override
    public Value eval(Value[] frame, int depth) {
      Value last = UnitValue.UNIT;
      for (PureCode step : steps) {
        last = step.eval(frame, depth);
      }
      return last;
    }
  }

  /** Binds a slot; the value is unit. */
  public record Assign(int slot, PureCode value) implements PureCode {
    @Override
    public Value eval(Value[] frame, int depth) {
      frame[slot] = value.eval(frame, depth);
      return UnitValue.UNIT;
    }
  }

  /** {@code for x in xs { body }} with a body that never draws or scores. */
  public record For(int slot, PureCode iterable, SourceSpan iterableSpan, PureCode body)
      implements PureCode {
    @Override
    public Value eval(Value[] frame, int depth) {
      for (Value x : elements(iterable.eval(frame, depth), iterableSpan)) {
        frame[slot] = x;
        body.eval(frame, depth);
      }
      return UnitValue.UNIT;
    }
  }

  /** The Int bounds of {@code from..to}, or a run-time error at the range's span. */
  static long[] bounds(PureCode from, PureCode to, Value[] frame, int depth, SourceSpan span) {
    Value a = from.eval(frame, depth);
    Value b = to.eval(frame, depth);
    if (!(a instanceof IntValue x) || !(b instanceof IntValue y)) {
      throw Fail.at(span, "the bounds of '..' must be Int, got " + TypeCheck.describe(a)
          + " and " + TypeCheck.describe(b));
    }
    return new long[] {x.value(), y.value()};
  }

  /** {@code for x in from..to { body }} with a pure body: counts, builds no array. */
  public record ForRange(int slot, PureCode from, PureCode to, SourceSpan rangeSpan,
      PureCode body) implements PureCode {
    @Override
    public Value eval(Value[] frame, int depth) {
      long[] bounds = bounds(from, to, frame, depth, rangeSpan);
      for (long i = bounds[0]; i < bounds[1]; i++) {
        frame[slot] = ArrayBuiltins.intValue(i);
        body.eval(frame, depth);
      }
      return UnitValue.UNIT;
    }
  }

  /** Makes a closure of {@code function}, capturing the values in {@code sourceSlots}. */
  public record MakeClosure(CompiledFunction function, int[] sourceSlots, int selfIndex)
      implements PureCode {
    @Override
    public Value eval(Value[] frame, int depth) {
      return Closure.make(function, sourceSlots, selfIndex, frame);
    }
  }

  /** A call of a function known at compile time never to draw or score. */
  public record Call(PureCode callee, PureCode[] args, SourceSpan span) implements PureCode {
    @Override
    public Value eval(Value[] frame, int depth) {
      Callable f = Calls.callee(callee.eval(frame, depth), args.length, span);
      Value[] values = Calls.values(args, frame, depth);
      // Calls.direct written out: one Java frame less per level of a deep recursion.
      try {
        if (DeepStack.needsHop(depth)) {
          return DeepStack.onFreshStack(() -> f.callPure(values, depth));
        }
        return f.callPure(values, depth);
      } catch (IllegalArgumentException e) {
        throw Fail.at(span, e);
      } catch (RecursionLimit | StackOverflowError e) {
        throw Calls.tooDeep(f, span);
      }
    }
  }

  /**
   * A call in tail position of a function that never draws or scores: when the callee is such a
   * function too, the call is returned as a {@link PendingCall} for the caller's loop to make,
   * so tail recursion takes constant stack; any other callee is called as by {@link Call}.
   */
  public record TailCall(PureCode callee, PureCode[] args, SourceSpan span) implements PureCode {
    @Override
    public Value eval(Value[] frame, int depth) {
      Callable f = Calls.callee(callee.eval(frame, depth), args.length, span);
      Value[] values = Calls.values(args, frame, depth);
      if (f instanceof Closure c && c.isDirect()) {
        try {
          return c.pending(values);
        } catch (IllegalArgumentException e) {
          throw Fail.at(span, e);
        }
      }
      return Calls.direct(f, values, depth, span);
    }
  }
}
