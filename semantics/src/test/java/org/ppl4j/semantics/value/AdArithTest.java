package org.ppl4j.semantics.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.ppl4j.semantics.ad.AdReal;
import org.ppl4j.semantics.ad.Tape;
import org.ppl4j.semantics.dist.Family;

/**
 * Gradient checks of the language's numeric operators and math builtins on differentiable
 * values ({@link AdRealValue}) against central finite differences of the same {@link Arith}
 * operations on plain reals: step 1e-5 * max(1, |x|), relative tolerance 1e-6.
 */
class AdArithTest {
  private static final double TOLERANCE = 1e-6;

  /** Checks d f / d x_i for each i at {@code at}, f mapping values to a numeric value. */
  private static void check(String what, Function<List<Value>, Value> f, double... at) {
    Tape tape = new Tape();
    AdReal[] xs = tape.variables(at);
    List<Value> args = new java.util.ArrayList<>();
    for (AdReal x : xs) {
      args.add(new AdRealValue(x));
    }
    Value y = f.apply(args);
    assertInstanceOf(AdRealValue.class, y, what + " lost its derivative");
    tape.backward(((AdRealValue) y).number());
    for (int i = 0; i < at.length; i++) {
      double h = 1e-5 * Math.max(1, Math.abs(at[i]));
      double up = Arith.toDouble(f.apply(plain(at, i, h)));
      double down = Arith.toDouble(f.apply(plain(at, i, -h)));
      double fd = (up - down) / (2 * h);
      double ad = tape.adjoint(xs[i]);
      assertTrue(Math.abs(ad - fd) <= TOLERANCE * Math.max(1, Math.abs(fd)),
          what + " d/dx" + i + ": reverse mode " + ad + ", finite difference " + fd);
    }
  }

  private static List<Value> plain(double[] at, int i, double h) {
    List<Value> out = new java.util.ArrayList<>();
    for (int j = 0; j < at.length; j++) {
      out.add(new RealValue(at[j] + (j == i ? h : 0)));
    }
    return out;
  }

  @Test
  void operatorsCarryDerivatives() {
    check("+", a -> Arith.add(a.get(0), a.get(1)), 1.5, -0.7);
    check("-", a -> Arith.sub(a.get(0), a.get(1)), 1.5, -0.7);
    check("*", a -> Arith.mul(a.get(0), a.get(1)), 1.5, -0.7);
    check("/", a -> Arith.div(a.get(0), a.get(1)), 1.5, -0.7);
    check("%", a -> Arith.mod(a.get(0), a.get(1)), 5.5, 2.1);
    check("^", a -> Arith.pow(a.get(0), a.get(1)), 1.5, 0.7);
    check("Int * Real", a -> Arith.mul(new IntValue(3), a.get(0)), 1.5);
    check("neg", a -> Arith.neg(a.get(0)), 1.5);
    check("min", a -> ValueMath.min(a.get(0), a.get(1)), 1.5, -0.7);
    check("max", a -> ValueMath.max(a.get(0), a.get(1)), 1.5, -0.7);
    check("log_sum_exp", a -> ValueMath.logSumExp(a.get(0), a.get(1)), 1.5, -0.7);
  }

  @Test
  void mathBuiltinsCarryDerivatives() {
    check("exp", a -> ValueMath.exp(a.get(0)), 0.3);
    check("log", a -> ValueMath.log(a.get(0)), 0.3);
    check("log1p", a -> ValueMath.log1p(a.get(0)), 0.3);
    check("expm1", a -> ValueMath.expm1(a.get(0)), 0.3);
    check("sqrt", a -> ValueMath.sqrt(a.get(0)), 0.3);
    check("sin", a -> ValueMath.sin(a.get(0)), 0.3);
    check("cos", a -> ValueMath.cos(a.get(0)), 0.3);
    check("tanh", a -> ValueMath.tanh(a.get(0)), 0.3);
    check("logistic", a -> ValueMath.logistic(a.get(0)), 0.3);
    check("logit", a -> ValueMath.logit(a.get(0)), 0.3);
    check("lgamma", a -> ValueMath.lgamma(a.get(0)), 0.3);
    check("abs", a -> ValueMath.abs(a.get(0)), -0.3);
  }

  @Test
  void arrayBuiltinsCarryDerivatives() {
    check("sum", a -> ValueMath.sum(new ArrayValue(a)), 0.3, -1.2, 2.0);
    check("mean", a -> ValueMath.mean(new ArrayValue(a)), 0.3, -1.2, 2.0);
    check("product", a -> ValueMath.product(new ArrayValue(a)), 0.3, -1.2, 2.0);
    check("log_sum_exp[]", a -> ValueMath.logSumExp(new ArrayValue(a)), 0.3, -1.2, 2.0);
    check("dot", a -> ValueMath.dot(new ArrayValue(a.subList(0, 2)), new ArrayValue(a.subList(2, 4))),
        0.3, -1.2, 2.0, 0.5);
  }

  @Test
  void logpdfCarriesDerivativesInParametersAndArgument() {
    check("logpdf normal", a -> ValueDistribution.of(Family.NORMAL,
        List.of(a.get(0), a.get(1))).logDensityValue(a.get(2)), 0.2, 1.3, -0.4);
    check("logpdf gamma", a -> ValueDistribution.of(Family.GAMMA,
        List.of(a.get(0), a.get(1))).logDensityValue(a.get(2)), 2.2, 1.3, 0.8);
    check("logpdf poisson", a -> ValueDistribution.of(Family.POISSON,
        List.of(a.get(0))).logDensityValue(new IntValue(3)), 2.2);
  }

  @Test
  void roundingGivesPlainIntegersAndComparisonsUseValues() {
    Tape tape = new Tape();
    Value x = new AdRealValue(tape.variable(2.6));
    assertEquals(new IntValue(2), ValueMath.floor(x));
    assertEquals(new IntValue(3), ValueMath.round(x));
    assertEquals(BoolValue.TRUE, Arith.lt(x, new RealValue(3)));
    assertEquals(2.6, Arith.toDouble(x));
  }

  @Test
  void scoresAreRecordedOnTheTape() {
    Tape tape = new Tape();
    AdReal x = tape.variable(0.5);
    double value = AdArith.score(new AdRealValue(x));
    assertEquals(0.5, value);
    assertEquals(x, tape.takeScore().orElseThrow());
    assertTrue(tape.takeScore().isEmpty());
    assertEquals(1.5, AdArith.score(new RealValue(1.5)));
    assertThrows(IllegalArgumentException.class,
        () -> AdArith.unary("no_such_builtin", new AdRealValue(x)));
  }
}
