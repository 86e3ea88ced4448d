package org.ppl4j.compiler.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ppl4j.compiler.eval.BuiltinCalls.call;
import static org.ppl4j.compiler.eval.BuiltinCalls.integer;
import static org.ppl4j.compiler.eval.BuiltinCalls.number;
import static org.ppl4j.compiler.eval.BuiltinCalls.real;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ppl4j.semantics.ad.Tape;
import org.ppl4j.semantics.value.AdRealValue;
import org.ppl4j.semantics.value.RecordValue;
import org.ppl4j.semantics.value.StringValue;
import org.ppl4j.semantics.value.Value;

/**
 * Golden values of the scalar builtins of LANGUAGE.md §9.1. Unless a line says otherwise the
 * expected values are mpmath 1.3.0 at 40 digits, rounded to the nearest double (computed on
 * 2026-12-07: {@code float(mpmath.erf(1))} and so on); the tolerance is a few ulps
 * ({@link #ULPS} relative), since the implementations are accurate to about 1e-15.
 */
class SpecialFunctionBuiltinsTest {
  private static final double ULPS = 4e-15;

  /**
   * In the far tails the relative error grows like {@code x^2 eps}: {@code erfc(x)} is about
   * {@code e^{-x^2}}, whose exponent is only known to {@code x^2 eps} in double arithmetic.
   */
  private static final double TAIL = 2e-13;

  private static void near(double expected, Value got, String what) {
    near(expected, got, what, ULPS);
  }

  private static void near(double expected, Value got, String what, double relative) {
    double x = number(got);
    assertTrue(Math.abs(x - expected) <= relative * Math.abs(expected) || x == expected,
        what + ": expected " + expected + ", got " + x);
  }

  private static double at(String name, double x) {
    return number(call(name, real(x)));
  }

  @Test
  void errorFunctions() {
    near(0.8427007929497149, call("erf", real(1)), "erf(1)");
    near(0.8427007929497149, call("erf", integer(1)), "erf(Int 1)");
    near(-0.5204998778130465, call("erf", real(-0.5)), "erf(-0.5)");
    near(1.1283791670955126e-10, call("erf", real(1e-10)), "erf(1e-10): 2/sqrt(pi) x");
    near(0.15729920705028513, call("erfc", real(1)), "erfc(1)");
    near(1.8427007929497148, call("erfc", real(-1)), "erfc(-1)");
    // the tail keeps its relative accuracy (1 - erf(20) would be 0)
    near(5.395865611607901e-176, call("erfc", real(20)), "erfc(20)", TAIL);
    // identity: erf(x) + erfc(x) = 1
    for (double x : new double[] {-2, -0.3, 0, 0.7, 3}) {
      assertEquals(1.0, at("erf", x) + at("erfc", x), 1e-15, "erf + erfc at " + x);
    }
  }

  @Test
  void normalCdfAndQuantile() {
    near(0.975, call("Phi", real(1.959963984540054)), "Phi(1.959963984540054)");
    assertEquals(0.5, at("Phi", 0));
    near(0.15865525393145705, call("Phi", real(-1)), "Phi(-1)");
    near(7.619853024160525e-24, call("Phi", real(-10)), "Phi(-10)");
    near(4.906713927148187e-198, call("Phi", real(-30)), "Phi(-30)", TAIL);
    near(1.9599639845400538, call("Phi_inv", real(0.975)), "Phi_inv(0.975)");
    near(-1.9599639845400543, call("Phi_inv", real(0.025)), "Phi_inv(0.025)");
    near(-0.5244005127080408, call("Phi_inv", real(0.3)), "Phi_inv(0.3)");
    near(-6.361340902404057, call("Phi_inv", real(1e-10)), "Phi_inv(1e-10)");
    near(4.753424308817087, call("Phi_inv", real(0.999999)), "Phi_inv(0.999999)");
    near(-37.0470962993612, call("Phi_inv", real(1e-300)), "Phi_inv(1e-300)");
    assertEquals(0.0, at("Phi_inv", 0.5));
    assertEquals(Double.NEGATIVE_INFINITY, at("Phi_inv", 0));
    assertEquals(Double.POSITIVE_INFINITY, at("Phi_inv", 1));
    // round trip over the whole range
    for (double p = 0.001; p < 1; p += 0.0137) {
      assertEquals(p, at("Phi", at("Phi_inv", p)), 2e-15, "Phi(Phi_inv(" + p + "))");
    }
  }

  @Test
  void betaChooseFactorial() {
    near(Math.log(1.0 / 12), call("lbeta", real(2), real(3)), "lbeta(2, 3) = log(1/12)");
    near(Math.log(Math.PI), call("lbeta", real(0.5), real(0.5)),
        "lbeta(1/2, 1/2) = log(pi)");
    near(-192.13419227497894, call("lbeta", integer(100), integer(200)), "lbeta(100, 200)");
    near(Math.log(120), call("lchoose", integer(10), integer(3)), "lchoose(10, 3) = log 120");
    near(2.669828988282012, call("lchoose", real(5.5), real(2.5)), "lchoose(5.5, 2.5)");
    near(689.4672615678512, call("lchoose", integer(1000), integer(500)), "lchoose(1000, 500)");
    assertEquals(0.0, number(call("lchoose", integer(7), integer(0))), "lchoose(7, 0) = log 1");
    near(Math.log(120), call("lfactorial", integer(5)), "lfactorial(5) = log 120");
    assertEquals(0.0, number(call("lfactorial", integer(0))), "lfactorial(0) = log 1");
    near(1.2009736023470743, call("lfactorial", real(2.5)), "lfactorial(2.5) = lgamma(3.5)");
    near(706.5730622457874, call("lfactorial", integer(170)), "lfactorial(170)");
  }

  @Test
  void trigonometricAndHyperbolic() {
    near(2.356194490192345, call("atan2", real(1), real(-1)), "atan2(1, -1) = 3 pi / 4");
    near(-0.5880026035475675, call("atan2", integer(-2), integer(3)), "atan2(-2, 3)");
    near(1.5574077246549023, call("tan", real(1)), "tan(1)");
    near(Math.PI / 6, call("asin", real(0.5)), "asin(1/2) = pi/6");
    near(Math.PI / 3, call("acos", real(0.5)), "acos(1/2) = pi/3");
    near(Math.PI / 4, call("atan", integer(1)), "atan(1) = pi/4");
    near(1.1752011936438014, call("sinh", real(1)), "sinh(1)");
    near(1.5430806348152437, call("cosh", real(1)), "cosh(1)");
    assertEquals(Math.PI / 2, at("asin", 1), "asin(1) = pi/2 (the domain is closed)");
    near(0.574442516811659, call("inv_logit", real(0.3)), "inv_logit(0.3)");
    assertEquals(number(call("logistic", real(-2.2))), at("inv_logit", -2.2),
        "inv_logit is logistic");
  }

  private static String failure(String name, Value... args) {
    return assertThrows(IllegalArgumentException.class, () -> call(name, args)).getMessage();
  }

  @Test
  void argumentsOutsideTheDomainAreErrorsNotNaN() {
    assertEquals("'Phi_inv' expects a probability in [0, 1], got 1.5",
        failure("Phi_inv", real(1.5)));
    assertEquals("'Phi_inv' expects a probability in [0, 1], got -0.1",
        failure("Phi_inv", real(-0.1)));
    assertEquals("'asin' expects a number in [-1, 1], got 2", failure("asin", integer(2)));
    assertEquals("'acos' expects a number in [-1, 1], got -1.5", failure("acos", real(-1.5)));
    assertEquals("'lfactorial' expects a number >= 0, got -1.0", failure("lfactorial", real(-1)));
    assertEquals("'lbeta' expects a > 0 and b > 0, got a = 0, b = 2.0",
        failure("lbeta", integer(0), real(2)));
    assertEquals("'lchoose' expects 0 <= k <= n, got n = 2, k = 3",
        failure("lchoose", integer(2), integer(3)));
    assertEquals("'lchoose' expects 0 <= k <= n, got n = 2, k = -1",
        failure("lchoose", integer(2), integer(-1)));
    assertEquals("'erf' expects a number, got String", failure("erf", new StringValue("x")));
    assertEquals("'inv_logit' expects a number, got String",
        failure("inv_logit", new StringValue("x")));
    assertEquals("'atan2' expects a number, got Bool[]",
        failure("atan2", real(1), BuiltinCalls.array(org.ppl4j.semantics.value.BoolValue.TRUE)));
  }

  @Test
  void errorStopsWithItsMessage() {
    assertEquals("stop here", failure("error", new StringValue("stop here")));
    Map<String, Value> fields = new LinkedHashMap<>();
    fields.put("a", integer(1));
    fields.put("b", BuiltinCalls.array(real(2.5)));
    assertEquals("{a: 1, b: [2.5]}", failure("error", new RecordValue(fields)));
    // a sampled value (under NUTS) is shown by its value
    Tape tape = new Tape();
    assertEquals("[0.5, 2]", failure("error",
        BuiltinCalls.array(new AdRealValue(tape.variable(0.5)), integer(2))));
  }
}
