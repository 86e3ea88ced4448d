package org.ppl4j.compiler.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ppl4j.compiler.ast.BinaryOp;
import org.ppl4j.compiler.ast.UnaryOp;
import org.ppl4j.compiler.diagnostics.SourceSpan;
import org.ppl4j.semantics.value.Arith;
import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.BoolValue;
import org.ppl4j.semantics.value.IntValue;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.RecordValue;
import org.ppl4j.semantics.value.Value;

/** Pure code for values: literals, slots, operators, arrays, records, fields, indexing. */
public final class ValueNodes {
  private ValueNodes() {}

  /** A constant. */
  public record Const(Value value) implements PureCode {
    @Override
    public Value eval(Value[] frame, int depth) {
      return value;
    }

    @Override
    public double evalReal(Value[] frame, int depth) {
      return PureCode.real(value);
    }
  }

  /** The value in a frame slot. */
  public record Slot(int slot) implements PureCode {
    @Override
    public Value eval(Value[] frame, int depth) {
      return frame[slot];
    }

    @Override
    public double evalReal(Value[] frame, int depth) {
      return PureCode.real(frame[slot]);
    }
  }

  /** A prefix operator. */
  public record Unary(UnaryOp op, PureCode operand, SourceSpan span) implements PureCode {
    @Override
    public Value eval(Value[] frame, int depth) {
      Value v = operand.eval(frame, depth);
      try {
        return switch (op) {
          case NEG -> Arith.neg(v);
          case PLUS -> Arith.plus(v);
          case NOT -> BoolValue.of(!Args.bool(v, "the operand of '!'"));
        };
      } catch (IllegalArgumentException e) {
        throw Fail.at(span, e);
      }
    }

    @Override
    public double evalReal(Value[] frame, int depth) {
      if (op == UnaryOp.NOT) {
        throw NotReal.INSTANCE;
      }
      double x = operand.evalReal(frame, depth);
      return op == UnaryOp.NEG ? -x : x;
    }
  }

  /** A strict binary operator (all but {@code &&} and {@code ||}). */
  public record Binary(BinaryOp op, PureCode left, PureCode right, SourceSpan span)
      implements PureCode {
    @Override
    public Value eval(Value[] frame, int depth) {
      Value a = left.eval(frame, depth);
      Value b = right.eval(frame, depth);
      try {
        return apply(op, a, b);
      } catch (IllegalArgumentException e) {
        throw Fail.at(span, e);
      }
    }

    @Override
    public double evalReal(Value[] frame, int depth) {
      if (op.compareTo(BinaryOp.POW) > 0) {
        throw NotReal.INSTANCE;
      }
      Value a = left.eval(frame, depth);
      if (a instanceof RealValue x) {
        return real(op, x.value(), right.evalReal(frame, depth));
      }
      Value b = right.eval(frame, depth);
      if (b instanceof RealValue y && a instanceof IntValue x) {
        return real(op, x.value(), y.value());
      }
      if (a instanceof ArrayValue || b instanceof ArrayValue) {
        throw NotReal.INSTANCE; // elementwise: not a number
      }
      try {
        return PureCode.real(apply(op, a, b));
      } catch (IllegalArgumentException e) {
        throw Fail.at(span, e);
      }
    }

    /** The operator on reals (at least one operand was a {@code Real}). */
    private static double real(BinaryOp op, double a, double b) {
      return switch (op) {
        case ADD -> a + b;
        case SUB -> a - b;
        case MUL -> a * b;
        case DIV -> a / b;
        case MOD -> a % b;
        case POW -> Math.pow(a, b);
        default -> throw new AssertionError(op);
      };
    }

    static Value apply(BinaryOp op, Value a, Value b) {
      return switch (op) {
        case ADD -> Arith.add(a, b);
        case SUB -> Arith.sub(a, b);
        case MUL -> Arith.mul(a, b);
        case DIV -> Arith.div(a, b);
        case MOD -> Arith.mod(a, b);
        case POW -> Arith.pow(a, b);
        case EQ -> BoolValue.of(Arith.equal(a, b));
        case NE -> BoolValue.of(!Arith.equal(a, b));
        case LT -> Arith.lt(a, b);
        case LE -> Arith.le(a, b);
        case GT -> Arith.gt(a, b);
        case GE -> Arith.ge(a, b);
        case AND, OR -> throw new AssertionError("short-circuit operator " + op);
      };
    }
  }

  /** {@code left && right} (when {@code isAnd}) or {@code left || right}, short-circuit. */
  public record Logical(boolean isAnd, PureCode left, PureCode right, SourceSpan span)
      implements PureCode {
    @Override
    public Value eval(Value[] frame, int depth) {
      String op = isAnd ? "'&&'" : "'||'";
      boolean a = operand(left.eval(frame, depth), op, span);
      if (a != isAnd) {
        return BoolValue.of(a);
      }
      return BoolValue.of(operand(right.eval(frame, depth), op, span));
    }

    static boolean operand(Value v, String op, SourceSpan span) {
      if (v instanceof BoolValue b) {
        return b.value();
      }
      throw Fail.at(span, "the operands of " + op + " must be Bool, got "
          + TypeCheck.describe(v));
    }
  }

  /** {@code [e1, e2, ...]}. */
  public record ArrayOf(PureCode[] elements) implements PureCode {
    @Override
    public Value eval(Value[] frame, int depth) {
      Value[] out = new Value[elements.length];
      for (int i = 0; i < out.length; i++) {
        out[i] = elements[i].eval(frame, depth);
      }
      return new ArrayValue(List.of(out));
    }
  }

  /** {@code {a: e1, b: e2}}. */
  public record RecordOf(List<String> names, PureCode[] values) implements PureCode {
    @Override
    public Value eval(Value[] frame, int depth) {
      Map<String, Value> fields = new LinkedHashMap<>();
      for (int i = 0; i < values.length; i++) {
        fields.put(names.get(i), values[i].eval(frame, depth));
      }
      return new RecordValue(fields);
    }
  }

  /** {@code target.name}. */
  public record Field(PureCode target, String name, SourceSpan span) implements PureCode {
    @Override
    public Value eval(Value[] frame, int depth) {
      Value v = target.eval(frame, depth);
      if (!(v instanceof RecordValue r)) {
        throw Fail.at(span, "cannot read field '" + name + "' of a value of type "
            + TypeCheck.describe(v) + " (not a record)");
      }
      Value field = r.fields().get(name);
      if (field == null) {
        throw Fail.at(span, "the record has no field '" + name + "' (its fields are: "
            + String.join(", ", r.fields().keySet()) + ")");
      }
      return field;
    }
  }

  /**
   * {@code target[index]}, 0-based; an {@code Int[]} index gathers (LANGUAGE.md §9.1):
   * {@code a[idx]} is {@code [a[idx[0]], a[idx[1]], ...]}, the elements themselves (records,
   * arrays, numbers carrying derivatives), so a gather records nothing on an AD tape.
   */
  public record Index(PureCode target, PureCode index, SourceSpan span) implements PureCode {
    @Override
    public Value eval(Value[] frame, int depth) {
      Value t = target.eval(frame, depth);
      Value i = index.eval(frame, depth);
      if (!(t instanceof ArrayValue a)) {
        throw Fail.at(span, "cannot index a value of type " + TypeCheck.describe(t)
            + " (not an array)");
      }
      if (i instanceof IntValue k) {
        return a.elements().get(checked(k.value(), a.elements().size(), -1));
      }
      if (i instanceof ArrayValue idx) {
        return gather(a.elements(), idx.elements());
      }
      throw Fail.at(span, "an array index must be an Int, got " + TypeCheck.describe(i));
    }

    private Value gather(List<Value> xs, List<Value> idx) {
      Value[] out = new Value[idx.size()];
      for (int j = 0; j < out.length; j++) {
        if (!(idx.get(j) instanceof IntValue k)) {
          throw Fail.at(span, "an index array must hold Ints, got "
              + TypeCheck.describe(idx.get(j)) + " at position " + j);
        }
        out[j] = xs.get(checked(k.value(), xs.size(), j));
      }
      return new ArrayValue(List.of(out));
    }

    /** {@code k} as a position in an array of length n; {@code at}: its place in an index array. */
    private int checked(long k, int n, int at) {
      if (k < 0 || k >= n) {
        throw Fail.at(span, "index " + k + " is out of bounds for an array of length "
            + n + " (indices are 0.." + n + ")"
            + (at < 0 ? "" : ", at position " + at + " of the index array"));
      }
      return (int) k;
    }
  }

  /** {@code from..to}: the Int array {@code [from, ..., to - 1]}. */
  public record Range(PureCode from, PureCode to, SourceSpan span) implements PureCode {
    @Override
    public Value eval(Value[] frame, int depth) {
      long[] bounds = ControlNodes.bounds(from, to, frame, depth, span);
      try {
        return ArrayBuiltins.range(bounds[0], bounds[1]);
      } catch (IllegalArgumentException e) {
        throw Fail.at(span, e);
      }
    }
  }
}
