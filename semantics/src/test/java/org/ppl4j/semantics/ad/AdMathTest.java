package org.ppl4j.semantics.ad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Gradient checks of every math builtin against central finite differences. */
class AdMathTest {

  @Test
  void arithmeticMatchesFiniteDifferences() {
    GradientCheck.check("plus", x -> x[0].plus(x[1]), 1.3, -0.4);
    GradientCheck.check("minus", x -> x[0].minus(x[1]), 1.3, -0.4);
    GradientCheck.check("times", x -> x[0].times(x[1]), 1.3, -0.4);
    GradientCheck.check("div", x -> x[0].div(x[1]), 1.3, -0.4);
    GradientCheck.check("negate", x -> x[0].negate(), 1.3);
    GradientCheck.check("square", x -> x[0].square(), 1.3);
    GradientCheck.check("reuse", x -> x[0].times(x[0]).plus(x[0].div(x[1])), 0.7, 2.1);
  }

  @Test
  void elementaryFunctionsMatchFiniteDifferences() {
    double[] points = {-1.7, -0.3, 0.4, 2.5};
    for (double p : points) {
      GradientCheck.check("exp", x -> AdMath.exp(x[0]), p);
      GradientCheck.check("expm1", x -> AdMath.expm1(x[0]), p);
      GradientCheck.check("abs", x -> AdMath.abs(x[0]), p);
      GradientCheck.check("sin", x -> AdMath.sin(x[0]), p);
      GradientCheck.check("cos", x -> AdMath.cos(x[0]), p);
      GradientCheck.check("tanh", x -> AdMath.tanh(x[0]), p);
      GradientCheck.check("logistic", x -> AdMath.logistic(x[0]), p);
      GradientCheck.check("logLogistic", x -> AdMath.logLogistic(x[0]), p);
      GradientCheck.check("log1pExp", x -> AdMath.log1pExp(x[0]), p);
      GradientCheck.check("log1p", x -> AdMath.log1p(x[0]), Math.abs(p) / 3);
      GradientCheck.check("min", x -> AdMath.min(x[0], x[1]), p, 0.1);
      GradientCheck.check("max", x -> AdMath.max(x[0], x[1]), p, 0.1);
    }
    for (double p : new double[] {0.2, 1.0, 3.7, 40.0}) {
      GradientCheck.check("log", x -> AdMath.log(x[0]), p);
      GradientCheck.check("sqrt", x -> AdMath.sqrt(x[0]), p);
      GradientCheck.check("lgamma", x -> AdMath.lgamma(x[0]), p);
      GradientCheck.check("pow", x -> AdMath.pow(x[0], x[1]), p, 1.3);
      GradientCheck.check("pow const", x -> AdMath.pow(x[0], 2.5), p);
      GradientCheck.check("lbeta", x -> AdMath.lbeta(x[0], x[1]), p, 0.8);
    }
    for (double p : new double[] {0.05, 0.5, 0.93}) {
      GradientCheck.check("logit", x -> AdMath.logit(x[0]), p);
      GradientCheck.check("log1m", x -> AdMath.log1m(x[0]), p);
    }
  }

  @Test
  void piecewiseConstantFunctionsHaveZeroDerivative() {
    Tape tape = new Tape();
    AdReal x = tape.variable(2.5);
    assertTrue(AdMath.floor(x).isConstant());
    assertEquals(2.0, AdMath.floor(x).value());
    assertEquals(3.0, AdMath.ceil(x).value());
    assertEquals(3.0, AdMath.round(x).value());
    assertEquals(-3.0, AdMath.round(AdReal.constant(-2.5)).value());
  }

  @Test
  void arrayFunctionsMatchFiniteDifferences() {
    double[] at = {0.3, -1.2, 2.0, 0.7};
    GradientCheck.check("sum", AdMath::sum, at);
    GradientCheck.check("mean", AdMath::mean, at);
    GradientCheck.check("product", AdMath::product, at);
    GradientCheck.check("log_sum_exp", AdMath::logSumExp, at);
    GradientCheck.check("log_sum_exp 2", x -> AdMath.logSumExp(x[0], x[1]), 700.0, 699.0);
    GradientCheck.check("dot", x -> AdMath.dot(new AdReal[] {x[0], x[1]},
        new AdReal[] {x[2], x[3]}), at);
    GradientCheck.check("dot self", x -> AdMath.dot(x, x), at);
    GradientCheck.check("dot const", x -> AdMath.dot(x, new double[] {1, -2, 3, 0.5}), at);
  }

  @Test
  void constantsRecordNothing() {
    Tape tape = new Tape();
    tape.variable(1.0);
    AdReal c = AdMath.exp(AdReal.constant(1.0)).times(AdReal.constant(3.0));
    assertTrue(c.isConstant());
    assertEquals(1, tape.size());
    assertEquals(3 * Math.E, c.value(), 1e-15);
  }
}
