package org.ppl4j.semantics.value;

import java.util.ArrayList;
import java.util.List;
import org.ppl4j.semantics.ad.AdDistribution;
import org.ppl4j.semantics.ad.AdMath;
import org.ppl4j.semantics.ad.AdReal;
import org.ppl4j.semantics.dist.Family;

/**
 * The branch of {@link Arith} taken when an operand is an {@link AdRealValue}: the same
 * operations on {@link AdReal} numbers, so that a program re-run on a tape yields the gradient
 * of its log density. Also converts language distributions to {@link AdDistribution}s and
 * records differentiable scores for the interpreter that reads them back
 * ({@link org.ppl4j.semantics.ad.Tape#takeScore()}).
 */
public final class AdArith {
  private AdArith() {}

  /** Whether either operand carries a derivative. */
  public static boolean any(Value a, Value b) {
    return a instanceof AdRealValue || b instanceof AdRealValue;
  }

  /** {@code x} as a value: a {@link RealValue} for a constant, else an {@link AdRealValue}. */
  public static Value of(AdReal x) {
    return x.isConstant() ? new RealValue(x.value()) : new AdRealValue(x);
  }

  /** A number value as an {@link AdReal} (Int and Real values are constants). */
  public static AdReal number(Value v, String op) {
    if (v instanceof AdRealValue r) {
      return r.number();
    }
    if (v instanceof RealValue r) {
      return AdReal.constant(r.value());
    }
    if (v instanceof IntValue i) {
      return AdReal.constant(i.value());
    }
    if (v instanceof BoolValue b) {
      return AdReal.constant(b.value() ? 1 : 0);
    }
    throw new IllegalArgumentException("'" + op + "' expects numbers, got " + v.typeName());
  }

  static Value add(Value a, Value b) {
    return of(number(a, "+").plus(number(b, "+")));
  }

  static Value sub(Value a, Value b) {
    return of(number(a, "-").minus(number(b, "-")));
  }

  static Value mul(Value a, Value b) {
    return of(number(a, "*").times(number(b, "*")));
  }

  static Value div(Value a, Value b) {
    return of(number(a, "/").div(number(b, "/")));
  }

  /** {@code a % b = a - b * trunc(a / b)}, differentiable where trunc is constant. */
  static Value mod(Value a, Value b) {
    AdReal x = number(a, "%");
    AdReal y = number(b, "%");
    double q = x.value() / y.value();
    return of(x.minus(y.times(q < 0 ? Math.ceil(q) : Math.floor(q))));
  }

  static Value pow(Value a, Value b) {
    return of(AdMath.pow(number(a, "^"), number(b, "^")));
  }

  /** The math builtin {@code name} of LANGUAGE.md §6 applied to a number with a derivative. */
  static Value unary(String name, AdRealValue v) {
    AdReal x = v.number();
    switch (name) {
      case "exp": return of(AdMath.exp(x));
      case "log": return of(AdMath.log(x));
      case "log1p": return of(AdMath.log1p(x));
      case "expm1": return of(AdMath.expm1(x));
      case "sqrt": return of(AdMath.sqrt(x));
      case "sin": return of(AdMath.sin(x));
      case "cos": return of(AdMath.cos(x));
      case "tanh": return of(AdMath.tanh(x));
      case "logistic": return of(AdMath.logistic(x));
      case "logit": return of(AdMath.logit(x));
      case "lgamma": return of(AdMath.lgamma(x));
      case "abs": return of(AdMath.abs(x));
      case "floor": case "ceil": case "round":
        // piecewise constant: derivative 0 (Arith rounds the plain value that follows)
        return new RealValue(x.value());
      default:
        throw new IllegalArgumentException("'" + name + "' has no derivative, so gradient-based"
            + " inference cannot apply it to a sampled value");
    }
  }

  static Value logSumExp(List<Value> xs, String op) {
    return of(AdMath.logSumExp(numbers(xs, op)));
  }

  /** The sum of numbers, one tape node whatever their count (left-to-right, as Arith). */
  static Value sum(List<Value> xs) {
    return of(AdMath.sum(numbers(xs, "sum")));
  }

  /** The dot product of two number arrays of equal length, one tape node. */
  static Value dot(List<Value> xs, List<Value> ys) {
    return of(AdMath.dot(numbers(xs, "dot"), numbers(ys, "dot")));
  }

  private static AdReal[] numbers(List<Value> xs, String op) {
    AdReal[] out = new AdReal[xs.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = number(xs.get(i), op);
    }
    return out;
  }

  /** Whether any element of {@code xs} carries a derivative. */
  static boolean anyIn(List<Value> xs) {
    for (Value x : xs) {
      if (x instanceof AdRealValue) {
        return true;
      }
    }
    return false;
  }

  // ---- distributions --------------------------------------------------------------------------

  /** The distribution with its arguments as {@link AdReal}s (matrices flattened by rows). */
  public static AdDistribution toAd(ValueDistribution d) {
    Family family = d.kind();
    List<AdReal[]> params = new ArrayList<>(d.args().size());
    for (int i = 0; i < d.args().size(); i++) {
      params.add(flatten(d.args().get(i), d.name()));
    }
    return new AdDistribution(family, params);
  }

  /** A number, an array of numbers or an array of arrays of numbers, flattened. */
  public static AdReal[] flatten(Value v, String what) {
    if (v instanceof ArrayValue a) {
      List<AdReal> out = new ArrayList<>();
      for (Value e : a.elements()) {
        for (AdReal x : flatten(e, what)) {
          out.add(x);
        }
      }
      return out.toArray(new AdReal[0]);
    }
    return new AdReal[] {number(v, what)};
  }

  /** Whether {@code d}'s arguments or {@code x} carry derivatives. */
  static boolean involved(ValueDistribution d, Value x) {
    return x instanceof AdRealValue || anyDeep(d.args().toArray(new Value[0]));
  }

  /** Whether any of {@code values}, or any element of an array among them, is differentiable. */
  /**
   * Tells a recording tape that the program depends on the values of every number with a
   * derivative in {@code values} (reads each with {@link AdReal#value()}).
   */
  static void observeDeep(List<Value> values) {
    for (Value v : values) {
      if (v instanceof AdRealValue r) {
        r.number().value();
      } else if (v instanceof ArrayValue a) {
        observeDeep(a.elements());
      }
    }
  }

  static boolean anyDeep(Value[] values) {
    for (Value v : values) {
      if (v instanceof AdRealValue || v instanceof ArrayValue a && deepAny(a)) {
        return true;
      }
    }
    return false;
  }

  private static boolean deepAny(ArrayValue a) {
    for (Value e : a.elements()) {
      if (e instanceof AdRealValue || e instanceof ArrayValue inner && deepAny(inner)) {
        return true;
      }
    }
    return false;
  }

  /** The log density of {@code d} at {@code x} with its derivative. */
  static Value logDensity(ValueDistribution d, Value x) {
    return of(toAd(d).logDensity(flatten(x, d.name())));
  }

  /**
   * A log weight about to become a {@code score}: its value, after recording its derivative
   * on its tape (if it has one) for the gradient interpreter to read back at the score.
   */
  public static double score(Value logWeight) {
    if (logWeight instanceof AdRealValue r) {
      r.number().tape().recordScore(r.number());
      // the gradient interpreter reads the derivative back from the tape; the plain weight
      // only marks a zero density (ProgramDensity), so reading it cannot change the path
      return r.number().peek();
    }
    return Arith.toDouble(logWeight);
  }

  /**
   * The numbers of {@code v}'s numeric leaves in the order {@code posterior.Leaves} names them
   * (reals, integers, booleans as 0/1; array elements in order, record fields in order; other
   * values have none), a leaf that carries a derivative as its tape number: so that a compiled
   * density can replay a program's result ({@code ProgramDensity}).
   */
  public static List<AdReal> numericLeaves(Value v) {
    List<AdReal> out = new ArrayList<>();
    numericLeaves(v, out);
    return out;
  }

  private static void numericLeaves(Value v, List<AdReal> out) {
    if (v instanceof AdRealValue r) {
      out.add(r.number());
    } else if (v instanceof RealValue r) {
      out.add(AdReal.constant(r.value()));
    } else if (v instanceof IntValue i) {
      out.add(AdReal.constant(i.value()));
    } else if (v instanceof BoolValue b) {
      out.add(AdReal.constant(b.value() ? 1 : 0));
    } else if (v instanceof ArrayValue a) {
      for (Value e : a.elements()) {
        numericLeaves(e, out);
      }
    } else if (v instanceof RecordValue r) {
      for (Value e : r.fields().values()) {
        numericLeaves(e, out);
      }
    }
  }

  /**
   * Whether {@code v} is data only (numbers, strings, unit, arrays and records of them): no
   * distribution or function value, whose content {@link #withNumbers} could not rebuild.
   */
  public static boolean isData(Value v) {
    if (v instanceof ArrayValue a) {
      return a.elements().stream().allMatch(AdArith::isData);
    }
    if (v instanceof RecordValue r) {
      return r.fields().values().stream().allMatch(AdArith::isData);
    }
    return v instanceof RealValue || v instanceof AdRealValue || v instanceof IntValue
        || v instanceof BoolValue || v instanceof StringValue || v instanceof UnitValue;
  }

  /**
   * {@code template} (a plain value) with its real leaves replaced, in the order of
   * {@link #numericLeaves}, by {@code numbers} (integer and boolean leaves, which a replayable
   * run cannot have computed from a parameter, are kept); returns the rebuilt value.
   */
  public static Value withNumbers(Value template, double[] numbers) {
    int[] next = {0};
    Value out = withNumbers(template, numbers, next);
    if (next[0] != numbers.length) {
      throw new IllegalArgumentException("the value has " + next[0] + " numbers, not "
          + numbers.length);
    }
    return out;
  }

  private static Value withNumbers(Value v, double[] numbers, int[] next) {
    if (v instanceof RealValue || v instanceof AdRealValue) {
      return new RealValue(numbers[next[0]++]);
    } else if (v instanceof IntValue || v instanceof BoolValue) {
      next[0]++;
      return v;
    } else if (v instanceof ArrayValue a) {
      List<Value> out = new ArrayList<>(a.elements().size());
      for (Value e : a.elements()) {
        out.add(withNumbers(e, numbers, next));
      }
      return new ArrayValue(out);
    } else if (v instanceof RecordValue r) {
      java.util.Map<String, Value> out = new java.util.LinkedHashMap<>();
      r.fields().forEach((k, e) -> out.put(k, withNumbers(e, numbers, next)));
      return new RecordValue(out);
    }
    return v;
  }

  /**
   * {@code v} with every {@link AdRealValue} replaced by a {@link RealValue}: for reporting (a
   * program's result, an error's message), so the values are read without telling a recording
   * tape ({@link AdReal#peek()}).
   */
  public static Value plain(Value v) {
    if (v instanceof AdRealValue r) {
      return new RealValue(r.number().peek());
    }
    if (v instanceof ArrayValue a) {
      java.util.List<Value> out = new java.util.ArrayList<>(a.elements().size());
      for (Value e : a.elements()) {
        out.add(plain(e));
      }
      return new ArrayValue(out);
    }
    if (v instanceof RecordValue r) {
      java.util.Map<String, Value> out = new java.util.LinkedHashMap<>();
      r.fields().forEach((k, e) -> out.put(k, plain(e)));
      return new RecordValue(out);
    }
    return v;
  }
}
