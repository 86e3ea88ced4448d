package org.ppl4j.compiler.eval;

import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.DoublePredicate;
import java.util.function.UnaryOperator;
import org.ppl4j.semantics.ad.AdReal;
import org.ppl4j.semantics.ad.AdSpecial;
import org.ppl4j.semantics.value.AdArith;
import org.ppl4j.semantics.value.AdRealValue;
import org.ppl4j.semantics.value.Arith;
import org.ppl4j.semantics.value.Value;
import org.ppl4j.semantics.value.ValueMath;

/**
 * The scalar math builtins of LANGUAGE.md §9.1: {@code inv_logit} (the same function as
 * {@code logistic}), {@code erf}, {@code erfc}, {@code Phi}, {@code Phi_inv}, {@code lbeta},
 * {@code lchoose}, {@code lfactorial}, {@code atan2}, {@code tan}, {@code asin}, {@code acos},
 * {@code atan}, {@code sinh}, {@code cosh}. Each takes numbers ({@code Int} or {@code Real}),
 * gives a {@code Real} and keeps derivatives ({@link AdSpecial}). An argument outside the
 * function's domain is an error that says the domain, never a silent NaN; {@code Phi_inv} is
 * {@code -inf} at 0 and {@code inf} at 1.
 */
final class SpecialFunctionBuiltins {
  private SpecialFunctionBuiltins() {}

  private static final DoublePredicate ANY = x -> true;

  static void register(Map<String, Builtin> table) {
    Builtins.add(table, new SimpleBuiltin("inv_logit", 1, 1, a -> inverseLogit(a[0])));
    unary(table, "erf", ANY, "", AdSpecial::erf);
    unary(table, "erfc", ANY, "", AdSpecial::erfc);
    unary(table, "Phi", ANY, "", AdSpecial::phi);
    unary(table, "Phi_inv", x -> x >= 0 && x <= 1, "a probability in [0, 1]", AdSpecial::phiInv);
    unary(table, "lfactorial", x -> x >= 0, "a number >= 0", AdSpecial::lfactorial);
    unary(table, "tan", ANY, "", AdSpecial::tan);
    unary(table, "asin", x -> x >= -1 && x <= 1, "a number in [-1, 1]", AdSpecial::asin);
    unary(table, "acos", x -> x >= -1 && x <= 1, "a number in [-1, 1]", AdSpecial::acos);
    unary(table, "atan", ANY, "", AdSpecial::atan);
    unary(table, "sinh", ANY, "", AdSpecial::sinh);
    unary(table, "cosh", ANY, "", AdSpecial::cosh);
    binary(table, "atan2", "y", "x", (y, x) -> true, "", AdSpecial::atan2);
    binary(table, "lbeta", "a", "b", (a, b) -> a > 0 && b > 0, "a > 0 and b > 0",
        AdSpecial::lbeta);
    binary(table, "lchoose", "n", "k", (n, k) -> k >= 0 && k <= n, "0 <= k <= n",
        AdSpecial::lchoose);
  }

  /** A domain of two arguments. */
  @FunctionalInterface
  private interface DoubleBiPredicate {
    boolean test(double x, double y);
  }

  private static void unary(Map<String, Builtin> table, String name, DoublePredicate domain,
      String domainText, UnaryOperator<AdReal> f) {
    Builtins.add(table, new SimpleBuiltin(name, 1, 1, a -> {
      AdReal x = number(a[0], name);
      if (!Double.isNaN(x.value()) && !domain.test(x.value())) {
        throw new IllegalArgumentException(
            "'" + name + "' expects " + domainText + ", got " + text(a[0]));
      }
      return AdArith.of(f.apply(x));
    }));
  }

  private static void binary(Map<String, Builtin> table, String name, String first,
      String second, DoubleBiPredicate domain, String domainText, BinaryOperator<AdReal> f) {
    Builtins.add(table, new SimpleBuiltin(name, 2, 2, a -> {
      AdReal x = number(a[0], name);
      AdReal y = number(a[1], name);
      if (!Double.isNaN(x.value()) && !Double.isNaN(y.value())
          && !domain.test(x.value(), y.value())) {
        throw new IllegalArgumentException("'" + name + "' expects " + domainText + ", got "
            + first + " = " + text(a[0]) + ", " + second + " = " + text(a[1]));
      }
      return AdArith.of(f.apply(x, y));
    }));
  }

  /** {@code logistic} under its other name: the same values, errors naming 'inv_logit'. */
  private static Value inverseLogit(Value x) {
    try {
      return ValueMath.logistic(x);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          String.valueOf(e.getMessage()).replace("'logistic'", "'inv_logit'"), e);
    }
  }

  private static AdReal number(Value v, String name) {
    if (!Arith.isNumber(v)) {
      throw new IllegalArgumentException(
          "'" + name + "' expects a number, got " + TypeCheck.describe(v));
    }
    return AdArith.number(v, name);
  }

  private static String text(Value v) {
    return v instanceof AdRealValue r ? ValueText.real(r.value()) : ValueText.of(v);
  }
}
