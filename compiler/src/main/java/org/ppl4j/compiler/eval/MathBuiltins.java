package org.ppl4j.compiler.eval;

import java.util.Map;
import java.util.function.UnaryOperator;
import org.ppl4j.semantics.value.Arith;
import org.ppl4j.semantics.value.ValueMath;
import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.Elementwise;
import org.ppl4j.semantics.value.Value;

/**
 * The math builtins of LANGUAGE.md §6, on top of {@link Arith}; the one-number functions apply
 * elementwise to arrays (§9.1).
 */
final class MathBuiltins {
  private MathBuiltins() {}

  static void register(Map<String, Builtin> table) {
    unary(table, "exp", ValueMath::exp);
    unary(table, "log", ValueMath::log);
    unary(table, "log1p", ValueMath::log1p);
    unary(table, "expm1", ValueMath::expm1);
    unary(table, "sqrt", ValueMath::sqrt);
    unary(table, "abs", ValueMath::abs);
    unary(table, "sin", ValueMath::sin);
    unary(table, "cos", ValueMath::cos);
    unary(table, "tanh", ValueMath::tanh);
    unary(table, "floor", ValueMath::floor);
    unary(table, "ceil", ValueMath::ceil);
    unary(table, "round", ValueMath::round);
    unary(table, "logistic", ValueMath::logistic);
    unary(table, "logit", ValueMath::logit);
    unary(table, "lgamma", ValueMath::lgamma);
    Builtins.add(table, new SimpleBuiltin("pow", 2, 2, a -> Arith.pow(a[0], a[1])));
    Builtins.add(table, new SimpleBuiltin("min", 1, 2,
        a -> a.length == 2 ? ValueMath.min(a[0], a[1]) : extreme(a[0], "min", true)));
    Builtins.add(table, new SimpleBuiltin("max", 1, 2,
        a -> a.length == 2 ? ValueMath.max(a[0], a[1]) : extreme(a[0], "max", false)));
    Builtins.add(table, new SimpleBuiltin("log_sum_exp", 1, 2,
        a -> a.length == 2 ? ValueMath.logSumExp(a[0], a[1])
            : ValueMath.logSumExp(Args.array(a[0], "log_sum_exp"))));
  }

  /** A one-number builtin, applied elementwise to an array of any nesting (§9.1). */
  private static void unary(Map<String, Builtin> table, String name, UnaryOperator<Value> f) {
    Builtins.add(table, new SimpleBuiltin(name, 1, 1, a -> Elementwise.map(a[0], f)));
  }

  /** {@code min(xs)} / {@code max(xs)} of a non-empty array. */
  private static Value extreme(Value v, String name, boolean min) {
    ArrayValue xs = Args.array(v, name);
    if (xs.elements().isEmpty()) {
      throw new IllegalArgumentException("'" + name + "' of an empty array");
    }
    Value best = xs.elements().get(0);
    for (Value x : xs.elements()) {
      best = min ? ValueMath.min(best, x) : ValueMath.max(best, x);
    }
    return best;
  }
}
