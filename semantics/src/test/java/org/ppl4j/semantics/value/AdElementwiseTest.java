package org.ppl4j.semantics.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.ppl4j.semantics.ad.AdReal;
import org.ppl4j.semantics.ad.Tape;

/**
 * Gradient checks of the elementwise operators and math builtins (LANGUAGE.md §9.1) on arrays
 * of differentiable values ({@link AdRealValue}), against central finite differences of the
 * same operations on plain reals. Step h = 1e-5 * max(1, |x|): truncation error O(h^2 f''')
 * and rounding error O(eps |f| / h) are both below 1e-8 relative here, so a relative error
 * above 1e-6 means a wrong derivative.
 */
class AdElementwiseTest {
  private static final double TOLERANCE = 1e-6;

  /** Checks d f / d x_i for each i at {@code at}; f maps the inputs to a number. */
  private static void check(String what, Function<List<Value>, Value> f, double... at) {
    Tape tape = new Tape();
    AdReal[] xs = tape.variables(at);
    List<Value> args = new ArrayList<>();
    for (AdReal x : xs) {
      args.add(new AdRealValue(x));
    }
    Value y = f.apply(args);
    assertInstanceOf(AdRealValue.class, y, what + " lost its derivative");
    tape.backward(((AdRealValue) y).number());
    for (int i = 0; i < at.length; i++) {
      double h = 1e-5 * Math.max(1, Math.abs(at[i]));
      double fd = (Arith.toDouble(f.apply(plain(at, i, h)))
          - Arith.toDouble(f.apply(plain(at, i, -h)))) / (2 * h);
      double ad = tape.adjoint(xs[i]);
      assertTrue(Math.abs(ad - fd) <= TOLERANCE * Math.max(1, Math.abs(fd)),
          what + " d/dx" + i + ": reverse mode " + ad + ", finite difference " + fd);
    }
  }

  private static List<Value> plain(double[] at, int i, double h) {
    List<Value> out = new ArrayList<>();
    for (int j = 0; j < at.length; j++) {
      out.add(new RealValue(at[j] + (j == i ? h : 0)));
    }
    return out;
  }

  private static ArrayValue arr(Value... xs) {
    return new ArrayValue(List.of(xs));
  }

  /** The sum of every number of a (nested) array, keeping derivatives. */
  private static Value total(Value v) {
    if (!(v instanceof ArrayValue a)) {
      return v;
    }
    Value acc = new IntValue(0);
    for (Value e : a.elements()) {
      acc = Arith.add(acc, total(e));
    }
    return acc;
  }

  /** A weighted sum, so that each element's derivative is checked, not only their sum. */
  private static Value weighted(Value v) {
    ArrayValue a = (ArrayValue) v;
    Value acc = new IntValue(0);
    for (int k = 0; k < a.elements().size(); k++) {
      acc = Arith.add(acc, Arith.mul(new RealValue(k + 1.5), total(a.elements().get(k))));
    }
    return acc;
  }

  @Test
  void operatorsOnTwoArraysCarryDerivatives() {
    double[] at = {0.7, -1.3, 1.9, 0.4};
    check("+", x -> weighted(Arith.add(arr(x.get(0), x.get(1)), arr(x.get(2), x.get(3)))), at);
    check("-", x -> weighted(Arith.sub(arr(x.get(0), x.get(1)), arr(x.get(2), x.get(3)))), at);
    check("*", x -> weighted(Arith.mul(arr(x.get(0), x.get(1)), arr(x.get(2), x.get(3)))), at);
    check("/", x -> weighted(Arith.div(arr(x.get(0), x.get(1)), arr(x.get(2), x.get(3)))), at);
    check("^", x -> weighted(Arith.pow(arr(x.get(2), x.get(3)), arr(x.get(0), x.get(1)))), at);
    check("unary -", x -> weighted(Arith.neg(arr(x.get(0), x.get(1), x.get(2)))), at);
  }

  @Test
  void aBroadcastNumberGathersTheDerivativesOfEveryElement() {
    double[] at = {0.8, 1.7};
    Value c = new RealValue(2.5);
    check("array * scalar", x -> weighted(Arith.mul(arr(x.get(0), c, new IntValue(3)),
        x.get(1))), at);
    check("scalar - array", x -> weighted(Arith.sub(x.get(1), arr(x.get(0), c))), at);
    check("scalar / array", x -> weighted(Arith.div(x.get(0), arr(x.get(1), c))), at);
    check("array ^ scalar", x -> weighted(Arith.pow(arr(x.get(0), c), x.get(1))), at);
    check("scalar ^ array", x -> weighted(Arith.pow(x.get(1), arr(x.get(0), c))), at);
    check("plain array + scalar", x -> weighted(Arith.add(arr(c, new IntValue(1)), x.get(0))),
        at);
  }

  @Test
  void nestedArraysCarryDerivatives() {
    double[] at = {0.3, -0.6, 1.1};
    check("matrix ops", x -> {
      ArrayValue m = arr(arr(x.get(0), x.get(1)), arr(x.get(2), new RealValue(2)));
      return weighted(Arith.div(Arith.mul(m, Arith.add(m, x.get(2))), Arith.add(x.get(0), new IntValue(3))));
    }, at);
  }

  @Test
  void everyOneNumberBuiltinCarriesDerivativesElementwise() {
    List<UnaryOperator<Value>> fs = List.of(ValueMath::exp, ValueMath::log, ValueMath::log1p,
        ValueMath::expm1, ValueMath::sqrt, ValueMath::abs, ValueMath::logistic,
        ValueMath::logit, ValueMath::lgamma, ValueMath::sin, ValueMath::cos, ValueMath::tanh);
    String[] names = {"exp", "log", "log1p", "expm1", "sqrt", "abs", "logistic", "logit",
        "lgamma", "sin", "cos", "tanh"};
    for (int k = 0; k < fs.size(); k++) {
      UnaryOperator<Value> f = fs.get(k);
      check(names[k], x -> weighted(Elementwise.map(arr(arr(x.get(0)), arr(x.get(1))), f)),
          0.35, 0.8);
    }
  }

  @Test
  void sumAndDotOfDerivativeArraysAreOneTapeNodeWithTheArithValue() {
    double[] at = {0.3, -1.7, 2.2};
    check("sum", x -> ValueMath.sum((ArrayValue) Arith.mul(arr(x.get(0), x.get(1), x.get(2)),
        arr(x.get(2), new IntValue(2), x.get(0)))), at);
    check("dot", x -> ValueMath.dot(arr(x.get(0), x.get(1), new RealValue(0.5)),
        arr(x.get(2), x.get(2), x.get(1))), at);
    check("mean", x -> ValueMath.mean(arr(x.get(0), x.get(1), new IntValue(4))), at);
    Tape tape = new Tape();
    AdReal[] xs = tape.variables(at);
    ArrayValue a = arr(new AdRealValue(xs[0]), new AdRealValue(xs[1]), new AdRealValue(xs[2]),
        new RealValue(0.1));
    int before = tape.size();
    Value s = ValueMath.sum(a);
    assertEquals(before + 1, tape.size(), "one node for the whole sum");
    assertEquals(((0.3 + -1.7) + 2.2) + 0.1, Arith.toDouble(s), 0.0);
    before = tape.size();
    Value d = ValueMath.dot(a, a);
    assertEquals(before + 1, tape.size(), "one node for the whole dot product");
    assertEquals(((0.3 * 0.3 + 1.7 * 1.7) + 2.2 * 2.2) + 0.1 * 0.1, Arith.toDouble(d), 0.0);
  }

  @Test
  void roundingBuiltinsAreConstantElementwise() {
    Tape tape = new Tape();
    AdReal[] xs = tape.variables(new double[] {2.4, -1.6});
    ArrayValue a = arr(new AdRealValue(xs[0]), new AdRealValue(xs[1]));
    assertEquals(arr(new IntValue(2), new IntValue(-2)), Elementwise.map(a, ValueMath::floor));
    assertEquals(arr(new IntValue(3), new IntValue(-1)), Elementwise.map(a, ValueMath::ceil));
    assertEquals(arr(new IntValue(2), new IntValue(-2)), Elementwise.map(a, ValueMath::round));
  }
}
