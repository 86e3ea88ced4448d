package org.ppl4j.semantics.dist;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Log densities (log masses) of every univariate distribution at fixed points against an
 * independent reference, to 1e-12 relative (absolute 1e-12 where the reference is below 1 in
 * magnitude).
 */
class LogDensityReferenceTest {
  static final double TOLERANCE = 1e-12;

  static List<RealCase> realCases() {
    return DistributionCases.real();
  }

  static List<IntCase> discreteCases() {
    return DistributionCases.discrete();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("realCases")
  void continuousLogDensityMatchesReference(RealCase c) {
    for (double x : c.points()) {
      assertClose(c.label(), x, c.referenceLogDensity().applyAsDouble(x),
          c.distribution().logDensity(x));
      assertClose(c.label(), x, c.referenceLogDensity().applyAsDouble(x),
          c.distribution().logDensity(Double.valueOf(x)));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("discreteCases")
  void discreteLogMassMatchesReference(IntCase c) {
    for (int k : c.points()) {
      assertClose(c.label(), k, c.referenceLogMass().applyAsDouble(k),
          c.logMass().applyAsDouble(k));
    }
  }

  static void assertClose(String label, double x, double expected, double actual) {
    double error = Math.abs(actual - expected) / Math.max(1, Math.abs(expected));
    assertTrue(error <= TOLERANCE, () -> label + " at " + x + ": got " + actual
        + ", reference " + expected + ", relative error " + error);
  }
}
