package org.ppl4j.semantics.value;

import static org.ppl4j.semantics.value.Arith.add;
import static org.ppl4j.semantics.value.Arith.apply;
import static org.ppl4j.semantics.value.Arith.compare;
import static org.ppl4j.semantics.value.Arith.exact;
import static org.ppl4j.semantics.value.Arith.isNumber;
import static org.ppl4j.semantics.value.Arith.mul;
import static org.ppl4j.semantics.value.Arith.real;
import static org.ppl4j.semantics.value.Arith.toDouble;

import java.util.List;
import org.ppl4j.semantics.math.SpecialFunctions;

/**
 * The math builtins of the language on {@link Value}s (LANGUAGE.md §6): the one-argument
 * functions, rounding, {@code min}/{@code max}, {@code log_sum_exp} and the array reductions. An
 * {@code Int} is accepted where a {@code Real} is expected; a value carrying a derivative
 * (automatic differentiation) keeps it through {@link Arith#apply}. A bad argument is an
 * {@link IllegalArgumentException} naming the builtin, in the language's words. The operators
 * are in {@link Arith}.
 */
public final class ValueMath {
  private ValueMath() {}

  /** {@code exp(x)}. */
  public static Value exp(Value x) {
    return apply("exp", x, Math::exp);
  }

  /** {@code log(x)}, the natural logarithm ({@code -inf} at 0, NaN below). */
  public static Value log(Value x) {
    return apply("log", x, Math::log);
  }

  /** {@code log1p(x) = log(1 + x)}, accurate near 0. */
  public static Value log1p(Value x) {
    return apply("log1p", x, Math::log1p);
  }

  /** {@code expm1(x) = exp(x) - 1}, accurate near 0. */
  public static Value expm1(Value x) {
    return apply("expm1", x, Math::expm1);
  }

  /** {@code sqrt(x)}. */
  public static Value sqrt(Value x) {
    return apply("sqrt", x, Math::sqrt);
  }

  /** {@code sin(x)}. */
  public static Value sin(Value x) {
    return apply("sin", x, Math::sin);
  }

  /** {@code cos(x)}. */
  public static Value cos(Value x) {
    return apply("cos", x, Math::cos);
  }

  /** {@code tanh(x)}. */
  public static Value tanh(Value x) {
    return apply("tanh", x, Math::tanh);
  }

  /** {@code logistic(x) = 1 / (1 + exp(-x))}. */
  public static Value logistic(Value x) {
    return apply("logistic", x, SpecialFunctions::logistic);
  }

  /** {@code logit(p) = log(p / (1 - p))}. */
  public static Value logit(Value x) {
    return apply("logit", x, SpecialFunctions::logit);
  }

  /** {@code lgamma(x)}, the log of the gamma function. */
  public static Value lgamma(Value x) {
    return apply("lgamma", x, SpecialFunctions::lgamma);
  }

  /** {@code abs(x)}: an {@code Int} for an {@code Int}. */
  public static Value abs(Value x) {
    if (x instanceof IntValue i) {
      return new IntValue(exact(() -> Math.absExact(i.value()), "abs"));
    }
    return apply("abs", x, Math::abs);
  }

  /** {@code floor(x)} as an {@code Int}. */
  public static Value floor(Value x) {
    return toInt("floor", x, Math::floor);
  }

  /** {@code ceil(x)} as an {@code Int}. */
  public static Value ceil(Value x) {
    return toInt("ceil", x, Math::ceil);
  }

  /** {@code round(x)} as an {@code Int}, halves rounded up. */
  public static Value round(Value x) {
    return toInt("round", x, v -> Math.floor(v + 0.5));
  }

  private static Value toInt(String name, Value x, java.util.function.DoubleUnaryOperator f) {
    if (x instanceof IntValue) {
      return x;
    }
    double r = f.applyAsDouble(toDouble(apply(name, x, v -> v)));
    if (Double.isNaN(r) || Math.abs(r) > 9.0e18) {
      throw new IllegalArgumentException("'" + name + "' cannot make an Int of " + toDouble(x));
    }
    return new IntValue((long) r);
  }

  /** The smaller of two numbers ({@code Int} if both are). */
  public static Value min(Value a, Value b) {
    return compare(a, b, "min") <= 0 ? widen(a, b) : widen(b, a);
  }

  /** The larger of two numbers ({@code Int} if both are). */
  public static Value max(Value a, Value b) {
    return compare(a, b, "max") >= 0 ? widen(a, b) : widen(b, a);
  }

  private static Value widen(Value chosen, Value other) {
    return chosen instanceof IntValue i && other instanceof RealValue
        ? new RealValue(i.value()) : chosen;
  }

  /** {@code log(exp(a) + exp(b))}, computed stably. */
  public static Value logSumExp(Value a, Value b) {
    if (AdArith.any(a, b)) {
      return AdArith.logSumExp(List.of(a, b), "log_sum_exp");
    }
    return new RealValue(SpecialFunctions.logSumExp(
        new double[] {real(a, b, "log_sum_exp", true), real(b, a, "log_sum_exp", false)}));
  }

  /** {@code log(sum(exp(xs)))}, computed stably; {@code -inf} for no element. */
  public static Value logSumExp(ArrayValue xs) {
    if (AdArith.anyIn(xs.elements())) {
      return AdArith.logSumExp(xs.elements(), "log_sum_exp");
    }
    return new RealValue(SpecialFunctions.logSumExp(doubles(xs, "log_sum_exp")));
  }

  /** The elements of a numeric array as doubles. */
  public static double[] doubles(ArrayValue xs, String what) {
    double[] out = new double[xs.elements().size()];
    for (int i = 0; i < out.length; i++) {
      Value v = xs.elements().get(i);
      if (!isNumber(v)) {
        throw new IllegalArgumentException(
            "'" + what + "' expects an array of numbers, found " + v.typeName() + " at index " + i);
      }
      out[i] = toDouble(v);
    }
    return out;
  }

  /** The sum of an array ({@code Int} for {@code Int}s; 0 for none). */
  public static Value sum(ArrayValue xs) {
    if (AdArith.anyIn(xs.elements())) {
      return AdArith.sum(numbers(xs.elements(), "sum"));
    }
    Value acc = new IntValue(0);
    for (Value v : xs.elements()) {
      acc = add(acc, number(v, "sum"));
    }
    return acc;
  }

  /** The product of an array ({@code Int} for {@code Int}s; 1 for none). */
  public static Value product(ArrayValue xs) {
    Value acc = new IntValue(1);
    for (Value v : xs.elements()) {
      acc = mul(acc, number(v, "product"));
    }
    return acc;
  }

  /** The arithmetic mean of a non-empty array, a {@code Real}. */
  public static Value mean(ArrayValue xs) {
    if (xs.elements().isEmpty()) {
      throw new IllegalArgumentException("'mean' of an empty array");
    }
    Value total = sum(xs);
    if (total instanceof AdRealValue) {
      return AdArith.div(total, new RealValue(xs.elements().size()));
    }
    return new RealValue(toDouble(total) / xs.elements().size());
  }

  /** The dot product of two arrays of equal length. */
  public static Value dot(ArrayValue xs, ArrayValue ys) {
    if (xs.elements().size() != ys.elements().size()) {
      throw new IllegalArgumentException("'dot' expects arrays of equal length, got "
          + xs.elements().size() + " and " + ys.elements().size());
    }
    if (AdArith.anyIn(xs.elements()) || AdArith.anyIn(ys.elements())) {
      return AdArith.dot(numbers(xs.elements(), "dot"), numbers(ys.elements(), "dot"));
    }
    Value acc = new IntValue(0);
    for (int i = 0; i < xs.elements().size(); i++) {
      acc = add(acc, mul(number(xs.elements().get(i), "dot"), number(ys.elements().get(i), "dot")));
    }
    return acc;
  }

  /** The elements, checked to be numbers. */
  private static List<Value> numbers(List<Value> xs, String what) {
    for (Value v : xs) {
      number(v, what);
    }
    return xs;
  }

  private static Value number(Value v, String what) {
    if (!isNumber(v)) {
      throw new IllegalArgumentException(
          "'" + what + "' expects an array of numbers, found " + v.typeName());
    }
    return v;
  }
}
