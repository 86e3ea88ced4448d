package org.ppl4j.semantics.value;

import java.util.List;
import org.ppl4j.semantics.math.SpecialFunctions;

/**
 * The numeric operators and math builtins of the language on {@link Value}s (LANGUAGE.md §4,
 * §6), in one place so that another number type (automatic differentiation) can be added here.
 *
 * <p>Rules: an operation on two {@code Int}s gives an {@code Int} ({@code /} truncates toward
 * zero, {@code %} is the remainder with the sign of the dividend, overflow is an error); with
 * any {@code Real} operand it gives a {@code Real} (an {@code Int} is accepted where a
 * {@code Real} is expected). {@code Int ^ Int} is an {@code Int} when the exponent is
 * non-negative, else a {@code Real}. A bad operand is an {@link IllegalArgumentException} whose
 * message names the operator and the operand types, in the language's words.
 */
public final class Arith {
  private Arith() {}

  /** The shared {@code Real} zero. */
  public static final RealValue ZERO = new RealValue(0.0);

  /** {@code a + b}; also concatenates two strings. */
  public static Value add(Value a, Value b) {
    if (AdArith.any(a, b)) {
      return AdArith.add(a, b);
    }
    if (a instanceof IntValue x && b instanceof IntValue y) {
      return new IntValue(exact(() -> Math.addExact(x.value(), y.value()), "+"));
    }
    if (a instanceof StringValue x && b instanceof StringValue y) {
      return new StringValue(x.value() + y.value());
    }
    return new RealValue(real(a, b, "+", true) + real(b, a, "+", false));
  }

  /** {@code a - b}. */
  public static Value sub(Value a, Value b) {
    if (AdArith.any(a, b)) {
      return AdArith.sub(a, b);
    }
    if (a instanceof IntValue x && b instanceof IntValue y) {
      return new IntValue(exact(() -> Math.subtractExact(x.value(), y.value()), "-"));
    }
    return new RealValue(real(a, b, "-", true) - real(b, a, "-", false));
  }

  /** {@code a * b}. */
  public static Value mul(Value a, Value b) {
    if (AdArith.any(a, b)) {
      return AdArith.mul(a, b);
    }
    if (a instanceof IntValue x && b instanceof IntValue y) {
      return new IntValue(exact(() -> Math.multiplyExact(x.value(), y.value()), "*"));
    }
    return new RealValue(real(a, b, "*", true) * real(b, a, "*", false));
  }

  /**
   * {@code a / b}: truncating for two {@code Int}s (a zero divisor and an overflowing quotient
   * are errors), else real.
   */
  public static Value div(Value a, Value b) {
    if (AdArith.any(a, b)) {
      return AdArith.div(a, b);
    }
    if (a instanceof IntValue x && b instanceof IntValue y) {
      if (y.value() == 0) {
        throw new IllegalArgumentException("integer division by zero");
      }
      if (x.value() == Long.MIN_VALUE && y.value() == -1) {
        // the one quotient that overflows (Java would wrap it silently)
        throw new IllegalArgumentException("integer overflow in '/'");
      }
      return new IntValue(x.value() / y.value());
    }
    return new RealValue(real(a, b, "/", true) / real(b, a, "/", false));
  }

  /** {@code a % b}: remainder with the sign of {@code a}. */
  public static Value mod(Value a, Value b) {
    if (AdArith.any(a, b)) {
      return AdArith.mod(a, b);
    }
    if (a instanceof IntValue x && b instanceof IntValue y) {
      if (y.value() == 0) {
        throw new IllegalArgumentException("integer remainder by zero");
      }
      return new IntValue(x.value() % y.value());
    }
    return new RealValue(real(a, b, "%", true) % real(b, a, "%", false));
  }

  /** {@code a ^ b}, the power. */
  public static Value pow(Value a, Value b) {
    if (AdArith.any(a, b)) {
      return AdArith.pow(a, b);
    }
    if (a instanceof IntValue x && b instanceof IntValue y && y.value() >= 0) {
      long result = 1;
      for (long i = 0; i < y.value(); i++) {
        long base = x.value();
        long acc = result;
        result = exact(() -> Math.multiplyExact(acc, base), "^");
      }
      return new IntValue(result);
    }
    return new RealValue(Math.pow(real(a, b, "^", true), real(b, a, "^", false)));
  }

  /** {@code -a}. */
  public static Value neg(Value a) {
    if (a instanceof IntValue x) {
      return new IntValue(exact(() -> Math.negateExact(x.value()), "-"));
    }
    if (a instanceof RealValue x) {
      return new RealValue(-x.value());
    }
    if (a instanceof AdRealValue x) {
      return AdArith.of(x.number().negate());
    }
    throw new IllegalArgumentException("'-' expects a number, got " + a.typeName());
  }

  /** {@code +a}: a number unchanged. */
  public static Value plus(Value a) {
    if (a instanceof IntValue || a instanceof RealValue || a instanceof AdRealValue) {
      return a;
    }
    throw new IllegalArgumentException("'+' expects a number, got " + a.typeName());
  }

  /** The numeric order: negative, zero or positive as {@code a <, ==, > b}. */
  public static int compare(Value a, Value b, String op) {
    if (a instanceof IntValue x && b instanceof IntValue y) {
      return Long.compare(x.value(), y.value());
    }
    if (a instanceof StringValue x && b instanceof StringValue y) {
      return x.value().compareTo(y.value());
    }
    double x = real(a, b, op, true);
    double y = real(b, a, op, false);
    return x < y ? -1 : x > y ? 1 : 0;
  }

  /** {@code a < b}. */
  public static Value lt(Value a, Value b) {
    return BoolValue.of(compare(a, b, "<") < 0);
  }

  /** {@code a <= b}. */
  public static Value le(Value a, Value b) {
    return BoolValue.of(compare(a, b, "<=") <= 0 && !isNaN(a, b));
  }

  /** {@code a > b}. */
  public static Value gt(Value a, Value b) {
    return BoolValue.of(compare(a, b, ">") > 0);
  }

  /** {@code a >= b}. */
  public static Value ge(Value a, Value b) {
    return BoolValue.of(compare(a, b, ">=") >= 0 && !isNaN(a, b));
  }

  /** {@code a == b}: numbers compare by value ({@code 1 == 1.0}), the rest structurally. */
  public static boolean equal(Value a, Value b) {
    if (isNumber(a) && isNumber(b)) {
      return ints(a, b) ? ((IntValue) a).value() == ((IntValue) b).value()
          : toDouble(a) == toDouble(b);
    }
    if (a instanceof ArrayValue x && b instanceof ArrayValue y) {
      return allEqual(x.elements(), y.elements());
    }
    if (a instanceof RecordValue x && b instanceof RecordValue y) {
      return x.fields().keySet().equals(y.fields().keySet())
          && x.fields().entrySet().stream()
              .allMatch(e -> equal(e.getValue(), y.fields().get(e.getKey())));
    }
    return a.equals(b);
  }

  private static boolean allEqual(List<Value> xs, List<Value> ys) {
    if (xs.size() != ys.size()) {
      return false;
    }
    for (int i = 0; i < xs.size(); i++) {
      if (!equal(xs.get(i), ys.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code v} is an {@code Int} or a {@code Real}. */
  public static boolean isNumber(Value v) {
    return v instanceof IntValue || v instanceof RealValue || v instanceof AdRealValue;
  }

  /** The number {@code v} as a double; fails on a non-number. */
  public static double toDouble(Value v) {
    if (v instanceof RealValue r) {
      return r.value();
    }
    if (v instanceof IntValue i) {
      return i.value();
    }
    if (v instanceof AdRealValue r) {
      return r.value();
    }
    throw new IllegalArgumentException("expected a number, got " + v.typeName());
  }

  /** Applies a real function to a number, naming the builtin in the error. */
  public static Value apply(String name, Value x, java.util.function.DoubleUnaryOperator f) {
    if (!isNumber(x)) {
      throw new IllegalArgumentException("'" + name + "' expects a number, got " + x.typeName());
    }
    if (x instanceof AdRealValue ad) {
      return AdArith.unary(name, ad);
    }
    return new RealValue(f.applyAsDouble(toDouble(x)));
  }

  private static boolean ints(Value a, Value b) {
    return a instanceof IntValue && b instanceof IntValue;
  }

  private static boolean isNaN(Value a, Value b) {
    return a instanceof RealValue x && Double.isNaN(x.value())
        || b instanceof RealValue y && Double.isNaN(y.value());
  }

  private static double real(Value v, Value other, String op, boolean left) {
    if (v instanceof RealValue r) {
      return r.value();
    }
    if (v instanceof IntValue i) {
      return i.value();
    }
    if (v instanceof AdRealValue r) {
      return r.value();
    }
    Value a = left ? v : other;
    Value b = left ? other : v;
    throw new IllegalArgumentException(
        "'" + op + "' expects numbers, got " + a.typeName() + " and " + b.typeName());
  }

  private static long exact(java.util.function.LongSupplier f, String op) {
    try {
      return f.getAsLong();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("integer overflow in '" + op + "'");
    }
  }
  // ---- math builtins (LANGUAGE.md §6) --------------------------------------------------------

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
    Value acc = new IntValue(0);
    for (int i = 0; i < xs.elements().size(); i++) {
      acc = add(acc, mul(number(xs.elements().get(i), "dot"), number(ys.elements().get(i), "dot")));
    }
    return acc;
  }

  private static Value number(Value v, String what) {
    if (!isNumber(v)) {
      throw new IllegalArgumentException(
          "'" + what + "' expects an array of numbers, found " + v.typeName());
    }
    return v;
  }
}
