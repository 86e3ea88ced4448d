package org.ppl4j.compiler.eval;

import java.util.Map;
import java.util.function.UnaryOperator;
import org.ppl4j.semantics.value.Arith;
import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.Value;

/** The math builtins of LANGUAGE.md §6, on top of {@link Arith}. */
final class MathBuiltins {
  private MathBuiltins() {}

  static void register(Map<String, Builtin> table) {
    unary(table, "exp", Arith::exp);
    unary(table, "log", Arith::log);
    unary(table, "log1p", Arith::log1p);
    unary(table, "expm1", Arith::expm1);
    unary(table, "sqrt", Arith::sqrt);
    unary(table, "abs", Arith::abs);
    unary(table, "sin", Arith::sin);
    unary(table, "cos", Arith::cos);
    unary(table, "tanh", Arith::tanh);
    unary(table, "floor", Arith::floor);
    unary(table, "ceil", Arith::ceil);
    unary(table, "round", Arith::round);
    unary(table, "logistic", Arith::logistic);
    unary(table, "logit", Arith::logit);
    unary(table, "lgamma", Arith::lgamma);
    Builtins.add(table, new SimpleBuiltin("pow", 2, 2, a -> Arith.pow(a[0], a[1])));
    Builtins.add(table, new SimpleBuiltin("min", 1, 2,
        a -> a.length == 2 ? Arith.min(a[0], a[1]) : extreme(a[0], "min", true)));
    Builtins.add(table, new SimpleBuiltin("max", 1, 2,
        a -> a.length == 2 ? Arith.max(a[0], a[1]) : extreme(a[0], "max", false)));
    Builtins.add(table, new SimpleBuiltin("log_sum_exp", 1, 2,
        a -> a.length == 2 ? Arith.logSumExp(a[0], a[1])
            : Arith.logSumExp(Args.array(a[0], "log_sum_exp"))));
  }

  private static void unary(Map<String, Builtin> table, String name, UnaryOperator<Value> f) {
    Builtins.add(table, new SimpleBuiltin(name, 1, 1, a -> f.apply(a[0])));
  }

  /** {@code min(xs)} / {@code max(xs)} of a non-empty array. */
  private static Value extreme(Value v, String name, boolean min) {
    ArrayValue xs = Args.array(v, name);
    if (xs.elements().isEmpty()) {
      throw new IllegalArgumentException("'" + name + "' of an empty array");
    }
    Value best = xs.elements().get(0);
    for (Value x : xs.elements()) {
      best = min ? Arith.min(best, x) : Arith.max(best, x);
    }
    return best;
  }
}
