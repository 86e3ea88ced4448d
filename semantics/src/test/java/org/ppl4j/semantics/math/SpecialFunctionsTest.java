package org.ppl4j.semantics.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import java.util.stream.Stream;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;
import org.apache.commons.math3.util.CombinatoricsUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link SpecialFunctions} against Apache Commons Math (the independent reference). */
class SpecialFunctionsTest {

  /** Arguments: a log grid over (1e-10, 1e10) plus points crowding the zeros at 1 and 2. */
  static DoubleStream positiveArguments() {
    DoubleStream grid = DoubleStream.iterate(1e-10, x -> x < 1e10, x -> x * 1.37);
    DoubleStream nearZeros = DoubleStream.of(1e-12, 1e-8, 1e-4, 0.01, 0.1, 0.3)
        .flatMap(h -> DoubleStream.of(1 - h, 1 + h, 2 - h, 2 + h));
    DoubleStream boundaries = DoubleStream.of(0.5, 1.5, 2.5, 2.5000001, 3, 9.999999, 10, 10.5,
        100, 171.5, 1e5 + 0.25);
    return DoubleStream.concat(DoubleStream.concat(grid, nearZeros), boundaries);
  }

  @ParameterizedTest
  @MethodSource("positiveArguments")
  void lgammaMatchesCommonsToRelativeOneInTenToTheFourteen(double x) {
    double expected = Gamma.logGamma(x);
    double actual = SpecialFunctions.lgamma(x);
    double relativeError = Math.abs(actual - expected) / Math.abs(expected);
    assertTrue(relativeError <= 1e-14,
        () -> "lgamma(" + x + ") = " + actual + ", Commons " + expected + ", relative error "
            + relativeError);
  }

  @Test
  void lgammaAtExactValues() {
    assertEquals(0, SpecialFunctions.lgamma(1), 0);
    assertEquals(0, SpecialFunctions.lgamma(2), 0);
    assertEquals(Math.log(Math.sqrt(Math.PI)), SpecialFunctions.lgamma(0.5), 2e-16);
    assertEquals(Math.log(3628800), SpecialFunctions.lgamma(11), 1e-14 * Math.log(3628800));
    // Reflection: Gamma(-1/2) = -2 sqrt(pi).
    assertEquals(Math.log(2 * Math.sqrt(Math.PI)), SpecialFunctions.lgamma(-0.5), 1e-15);
    assertEquals(Double.POSITIVE_INFINITY, SpecialFunctions.lgamma(0));
    assertEquals(Double.POSITIVE_INFINITY, SpecialFunctions.lgamma(-3));
    assertTrue(Double.isNaN(SpecialFunctions.lgamma(Double.NaN)));
  }

  /**
   * Commons Math 3.6.1's digamma is accurate only to about 1e-9 relative (checked against
   * mpmath), so it is a loose second reference; the tight one is the mpmath table below.
   */
  @ParameterizedTest
  @MethodSource("positiveArguments")
  void digammaMatchesCommonsToItsAccuracy(double x) {
    double expected = Gamma.digamma(x);
    assertEquals(expected, SpecialFunctions.digamma(x), 1e-8 * Math.max(1, Math.abs(expected)),
        () -> "x = " + x);
  }

  /** Rows {@code x, lgamma(x), digamma(x)} computed by mpmath at 40 digits. */
  static Stream<Arguments> mpmathTable() throws IOException {
    try (InputStream in = SpecialFunctionsTest.class.getResourceAsStream(
        "special-function-reference.csv")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.lines().filter(line -> !line.startsWith("#"))
          .map(line -> line.split(","))
          .map(f -> Arguments.of(Double.parseDouble(f[0]), Double.parseDouble(f[1]),
              Double.parseDouble(f[2])))
          .collect(Collectors.toList()).stream();
    }
  }

  @ParameterizedTest
  @MethodSource("mpmathTable")
  void lgammaAndDigammaMatchMpmath(double x, double lgamma, double digamma) {
    double lgammaError = Math.abs(SpecialFunctions.lgamma(x) - lgamma)
        / Math.max(Math.abs(lgamma), Double.MIN_NORMAL);
    assertTrue(lgammaError <= 1e-14, () -> "lgamma(" + x + ") relative error " + lgammaError);
    // digamma: relative 1e-14, absolute near its root at 1.4616.
    assertEquals(digamma, SpecialFunctions.digamma(x), 1e-14 * Math.max(1, Math.abs(digamma)),
        () -> "digamma(" + x + ")");
  }

  @Test
  void digammaAtExactValues() {
    assertEquals(-SpecialFunctions.EULER_GAMMA, SpecialFunctions.digamma(1), 1e-15);
    assertEquals(1 - SpecialFunctions.EULER_GAMMA, SpecialFunctions.digamma(2), 1e-15);
    // Reflection: psi(-1/2) = psi(3/2) + 2... = 2 - gamma - 2 log 2.
    assertEquals(2 - SpecialFunctions.EULER_GAMMA - 2 * Math.log(2),
        SpecialFunctions.digamma(-0.5), 1e-14);
  }

  @Test
  void logBetaMatchesCommons() {
    double[] values = {1e-6, 0.01, 0.5, 1, 2.5, 9.99, 10, 37.2, 1e3, 1e6, 1e10};
    for (double a : values) {
      for (double b : values) {
        double expected = Beta.logBeta(a, b);
        double actual = SpecialFunctions.logBeta(a, b);
        assertEquals(expected, actual, 1e-13 * Math.max(1, Math.abs(expected)),
            "logBeta(" + a + ", " + b + ")");
      }
    }
  }

  @Test
  void logChooseMatchesExactIntegers() {
    for (int n = 0; n <= 60; n++) {
      for (int k = 0; k <= n; k++) {
        double expected = Math.log(CombinatoricsUtils.binomialCoefficient(n, k));
        assertEquals(expected, SpecialFunctions.logChoose(n, k),
            1e-14 * Math.max(1, expected), "logChoose(" + n + ", " + k + ")");
      }
    }
    // Beyond the exact-integer range: against the BigInteger coefficient.
    for (int n = 61; n <= 400; n += 17) {
      BigInteger c = BigInteger.ONE;
      for (int k = 1; k <= n; k++) {
        c = c.multiply(BigInteger.valueOf(n - k + 1)).divide(BigInteger.valueOf(k));
        double expected = Math.log(c.doubleValue());
        assertEquals(expected, SpecialFunctions.logChoose(n, k),
            1e-14 * Math.max(1, expected), "logChoose(" + n + ", " + k + ")");
      }
    }
    // Small cases are exact, so that e.g. log C(2, 1) + 2 log(1/2) == log(1/2) exactly.
    assertEquals(Math.log(2), SpecialFunctions.logChoose(2, 1), 0);
    assertEquals(Double.NEGATIVE_INFINITY, SpecialFunctions.logChoose(5, 6));
    assertEquals(Double.NEGATIVE_INFINITY, SpecialFunctions.logChoose(5, -1));
  }

  @Test
  void log1pExpIsStableAtBothEnds() {
    for (double x = -30; x <= 30; x += 0.75) {
      assertEquals(Math.log1p(Math.exp(x)), SpecialFunctions.log1pExp(x), 1e-15 * (1 + x * x));
    }
    assertEquals(1000, SpecialFunctions.log1pExp(1000), 0);
    assertEquals(Math.exp(-1000), SpecialFunctions.log1pExp(-1000), 0);
  }

  @Test
  void logSumExpFactorsOutTheMaximum() {
    assertEquals(Math.log(6), SpecialFunctions.logSumExp(
        new double[] {0, Math.log(2), Math.log(3)}), 1e-15);
    assertEquals(1000 + Math.log(2), SpecialFunctions.logSumExp(new double[] {1000, 1000}),
        1e-12);
    assertEquals(Double.NEGATIVE_INFINITY, SpecialFunctions.logSumExp(new double[0]));
    assertEquals(Double.NEGATIVE_INFINITY, SpecialFunctions.logSumExp(
        new double[] {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY}));
    assertEquals(Double.POSITIVE_INFINITY, SpecialFunctions.logSumExp(
        new double[] {0, Double.POSITIVE_INFINITY}));
    assertEquals(Math.log(3), SpecialFunctions.logAddExp(Math.log(1), Math.log(2)), 1e-15);
  }

  @Test
  void logisticAndLogitAreInverse() {
    // Round trip where p = logistic(x) is well conditioned (x <= 0); symmetry for x > 0.
    for (double x = -700; x <= 0; x += 7.3) {
      double p = SpecialFunctions.logistic(x);
      assertEquals(x, SpecialFunctions.logit(p), 1e-12 * Math.max(1, Math.abs(x)));
      assertEquals(1 - p, SpecialFunctions.logistic(-x), 3e-16);
    }
    assertEquals(0.5, SpecialFunctions.logistic(0), 0);
    assertEquals(1, SpecialFunctions.logistic(800), 0);
    assertEquals(0, SpecialFunctions.logistic(-800), 0);
    assertEquals(Math.log(0.25 / 0.75), SpecialFunctions.logit(0.25), 4e-16);
    assertEquals(Double.NEGATIVE_INFINITY, SpecialFunctions.logit(0));
    assertEquals(Double.POSITIVE_INFINITY, SpecialFunctions.logit(1));
    assertTrue(Double.isNaN(SpecialFunctions.logit(1.5)));
  }

  @Test
  void xLogYTreatsZeroTimesLogZeroAsZero() {
    assertEquals(0, SpecialFunctions.xLogY(0, 0), 0);
    assertEquals(0, SpecialFunctions.xLog1pY(0, -1), 0);
    assertEquals(2 * Math.log(3), SpecialFunctions.xLogY(2, 3), 0);
    assertEquals(Double.NEGATIVE_INFINITY, SpecialFunctions.xLogY(1, 0));
  }

  @Test
  void log1pSquaredDoesNotOverflow() {
    assertEquals(Math.log1p(4), SpecialFunctions.log1pSquared(2), 1e-15);
    assertEquals(2 * Math.log(1e200), SpecialFunctions.log1pSquared(-1e200), 1e-12);
  }
}
