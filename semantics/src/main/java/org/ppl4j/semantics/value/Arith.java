package org.ppl4j.semantics.value;

import java.util.List;
import java.util.function.BinaryOperator;

/**
 * The numeric operators of the language on {@link Value}s (LANGUAGE.md §4; the math builtins of
 * §6 are in {@link ValueMath}), in one place so that another number type (automatic
 * differentiation) can be added here.
 *
 * <p>Rules: an operation on two {@code Int}s gives an {@code Int} ({@code /} truncates toward
 * zero, {@code %} is the remainder with the sign of the dividend, overflow is an error); with
 * any {@code Real} operand it gives a {@code Real} (an {@code Int} is accepted where a
 * {@code Real} is expected). {@code Int ^ Int} is an {@code Int} when the exponent is
 * non-negative, else a {@code Real}. A bad operand is an {@link IllegalArgumentException} whose
 * message names the operator and the operand types, in the language's words.
 *
 * <p>{@code + - * / ^} and unary {@code -} apply elementwise when an operand is an array
 * (LANGUAGE.md §9.1, through {@link Elementwise}), with the scalar rules per element; the
 * scalar branches are tried first, so plain arithmetic pays for no array check. Comparisons
 * and {@code %} stay scalar.
 */
public final class Arith {
  private Arith() {}

  /** The shared {@code Real} zero. */
  public static final RealValue ZERO = new RealValue(0.0);

  /** {@code a + b}; also concatenates two strings. */
  public static Value add(Value a, Value b) {
    if (AdArith.any(a, b) && scalars(a, b)) {
      return AdArith.add(a, b);
    }
    if (a instanceof IntValue x && b instanceof IntValue y) {
      return new IntValue(exact(() -> Math.addExact(x.value(), y.value()), "+"));
    }
    if (a instanceof StringValue x && b instanceof StringValue y) {
      return new StringValue(x.value() + y.value());
    }
    if (plain(a) && plain(b)) {
      return new RealValue(real(a, b, "+", true) + real(b, a, "+", false));
    }
    return elementwise(a, b, Arith::add, "+");
  }

  /** {@code a - b}. */
  public static Value sub(Value a, Value b) {
    if (AdArith.any(a, b) && scalars(a, b)) {
      return AdArith.sub(a, b);
    }
    if (a instanceof IntValue x && b instanceof IntValue y) {
      return new IntValue(exact(() -> Math.subtractExact(x.value(), y.value()), "-"));
    }
    if (plain(a) && plain(b)) {
      return new RealValue(real(a, b, "-", true) - real(b, a, "-", false));
    }
    return elementwise(a, b, Arith::sub, "-");
  }

  /** {@code a * b}. */
  public static Value mul(Value a, Value b) {
    if (AdArith.any(a, b) && scalars(a, b)) {
      return AdArith.mul(a, b);
    }
    if (a instanceof IntValue x && b instanceof IntValue y) {
      return new IntValue(exact(() -> Math.multiplyExact(x.value(), y.value()), "*"));
    }
    if (plain(a) && plain(b)) {
      return new RealValue(real(a, b, "*", true) * real(b, a, "*", false));
    }
    return elementwise(a, b, Arith::mul, "*");
  }

  /**
   * {@code a / b}: truncating for two {@code Int}s (a zero divisor and an overflowing quotient
   * are errors), else real.
   */
  public static Value div(Value a, Value b) {
    if (AdArith.any(a, b) && scalars(a, b)) {
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
    if (plain(a) && plain(b)) {
      return new RealValue(real(a, b, "/", true) / real(b, a, "/", false));
    }
    return elementwise(a, b, Arith::div, "/");
  }

  /** {@code a % b}: remainder with the sign of {@code a}. */
  public static Value mod(Value a, Value b) {
    if (AdArith.any(a, b) && scalars(a, b)) {
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

  /**
   * {@code base ^ exponent} for Ints, {@code exponent >= 0}, by repeated squaring (steps
   * logarithmic in the exponent, so {@code 0 ^ 9223372036854775807} answers at once); an
   * overflow is the "^" overflow error. When a square overflows while bits remain, the result
   * would overflow too: {@code |base| >= 2} there, and the result still takes a factor of at
   * least that square.
   */
  static long intPow(long base, long exponent) {
    long result = 1;
    long square = base;
    long e = exponent;
    while (e > 0) {
      if ((e & 1) == 1) {
        long acc = result;
        long factor = square;
        result = exact(() -> Math.multiplyExact(acc, factor), "^");
      }
      e >>= 1;
      if (e > 0) {
        long s = square;
        square = exact(() -> Math.multiplyExact(s, s), "^");
      }
    }
    return result;
  }

  /** {@code a ^ b}, the power. */
  public static Value pow(Value a, Value b) {
    if (AdArith.any(a, b) && scalars(a, b)) {
      return AdArith.pow(a, b);
    }
    if (a instanceof IntValue x && b instanceof IntValue y && y.value() >= 0) {
      return new IntValue(intPow(x.value(), y.value()));
    }
    if (plain(a) && plain(b)) {
      return new RealValue(Math.pow(real(a, b, "^", true), real(b, a, "^", false)));
    }
    return elementwise(a, b, Arith::pow, "^");
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
    if (a instanceof ArrayValue) {
      return Elementwise.map(a, Arith::neg);
    }
    throw new IllegalArgumentException("'-' expects a number, got " + a.typeName());
  }

  /** {@code +a}: a number unchanged. */
  public static Value plus(Value a) {
    if (a instanceof IntValue || a instanceof RealValue || a instanceof AdRealValue) {
      return a;
    }
    if (a instanceof ArrayValue) {
      return Elementwise.map(a, Arith::plus);
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

  /** Whether neither operand is an array (the scalar branches apply). */
  private static boolean scalars(Value a, Value b) {
    return !(a instanceof ArrayValue) && !(b instanceof ArrayValue);
  }

  /** Whether {@code v} is a number without a derivative. */
  private static boolean plain(Value v) {
    return v instanceof RealValue || v instanceof IntValue;
  }

  /**
   * The operator applied elementwise when an operand is an array (LANGUAGE.md §9.1), else the
   * error for operands that are not numbers.
   */
  private static Value elementwise(Value a, Value b, BinaryOperator<Value> op, String symbol) {
    if (a instanceof ArrayValue || b instanceof ArrayValue) {
      return Elementwise.zip(a, b, op, symbol);
    }
    throw new IllegalArgumentException(
        "'" + symbol + "' expects numbers, got " + a.typeName() + " and " + b.typeName());
  }

  private static boolean ints(Value a, Value b) {
    return a instanceof IntValue && b instanceof IntValue;
  }

  private static boolean isNaN(Value a, Value b) {
    return a instanceof RealValue x && Double.isNaN(x.value())
        || b instanceof RealValue y && Double.isNaN(y.value());
  }

  static double real(Value v, Value other, String op, boolean left) {
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
    String scalarOnly = a instanceof ArrayValue || b instanceof ArrayValue
        ? " ('" + op + "' does not apply elementwise to arrays)" : "";
    throw new IllegalArgumentException("'" + op + "' expects numbers, got " + ArrayShape.of(a)
        + " and " + ArrayShape.of(b) + scalarOnly);
  }

  static long exact(java.util.function.LongSupplier f, String op) {
    try {
      return f.getAsLong();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("integer overflow in '" + op + "'");
    }
  }
}
