package org.ppl4j.semantics.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ppl4j.semantics.math.Cholesky;

/**
 * Bad parameters fail at construction with a message naming the distribution, the parameter
 * (language name), the constraint and the value, and no Java class name.
 */
class ParameterValidationTest {
  static final double NAN = Double.NaN;
  static final double INF = Double.POSITIVE_INFINITY;

  static Stream<Arguments> badParameters() {
    return Stream.of(
        bad(() -> Distributions.normal(0, -1), "normal: parameter 'sigma' must be > 0, got -1.0"),
        bad(() -> Distributions.normal(NAN, 1), "normal: parameter 'mu' must be finite, got NaN"),
        bad(() -> Distributions.normal(0, NAN), "normal: parameter 'sigma' must be > 0, got NaN"),
        bad(() -> Distributions.normal(0, INF),
            "normal: parameter 'sigma' must be finite, got Infinity"),
        bad(() -> Distributions.lognormal(0, 0),
            "lognormal: parameter 'sigma' must be > 0, got 0.0"),
        bad(() -> Distributions.studentT(0, 0, 1),
            "student_t: parameter 'nu' must be > 0, got 0.0"),
        bad(() -> Distributions.studentT(3, -INF, 1),
            "student_t: parameter 'mu' must be finite, got -Infinity"),
        bad(() -> Distributions.cauchy(0, -2), "cauchy: parameter 'scale' must be > 0, got -2.0"),
        bad(() -> Distributions.laplace(NAN, 1), "laplace: parameter 'loc' must be finite, got NaN"),
        bad(() -> Distributions.uniform(1, 1), "uniform: parameter 'hi' must be > lo (1.0), got 1.0"),
        bad(() -> Distributions.uniform(0, INF),
            "uniform: parameter 'hi' must be finite, got Infinity"),
        bad(() -> Distributions.beta(0, 1), "beta: parameter 'a' must be > 0, got 0.0"),
        bad(() -> Distributions.beta(1, NAN), "beta: parameter 'b' must be > 0, got NaN"),
        bad(() -> Distributions.gamma(1, -0.5), "gamma: parameter 'rate' must be > 0, got -0.5"),
        bad(() -> Distributions.gamma(-1, 1), "gamma: parameter 'shape' must be > 0, got -1.0"),
        bad(() -> Distributions.invGamma(2, 0),
            "inv_gamma: parameter 'scale' must be > 0, got 0.0"),
        bad(() -> Distributions.exponential(0),
            "exponential: parameter 'rate' must be > 0, got 0.0"),
        bad(() -> Distributions.halfNormal(-1),
            "half_normal: parameter 'sigma' must be > 0, got -1.0"),
        bad(() -> Distributions.halfCauchy(NAN),
            "half_cauchy: parameter 'scale' must be > 0, got NaN"),
        bad(() -> Distributions.bernoulli(1.5),
            "bernoulli: parameter 'p' must be in [0, 1], got 1.5"),
        bad(() -> Distributions.bernoulli(NAN), "bernoulli: parameter 'p' must be in [0, 1], got NaN"),
        bad(() -> Distributions.binomial(-1, 0.5), "binomial: parameter 'n' must be >= 0, got -1"),
        bad(() -> Distributions.binomial(3, -0.1),
            "binomial: parameter 'p' must be in [0, 1], got -0.1"),
        bad(() -> Distributions.poisson(-1), "poisson: parameter 'rate' must be >= 0, got -1.0"),
        bad(() -> Distributions.poisson(INF),
            "poisson: parameter 'rate' must be finite, got Infinity"),
        bad(() -> Distributions.geometric(0), "geometric: parameter 'p' must be in (0, 1], got 0.0"),
        bad(() -> Distributions.negBinomial(0, 0.5),
            "neg_binomial: parameter 'r' must be > 0, got 0.0"),
        bad(() -> Distributions.negBinomial(2, 0),
            "neg_binomial: parameter 'p' must be in (0, 1], got 0.0"),
        bad(() -> Distributions.categorical(new double[] {0.5, -0.1}),
            "categorical: parameter 'ps' must be finite and >= 0 in every entry,"
                + " got -0.1 at index 1"),
        bad(() -> Distributions.categorical(new double[] {0, 0}),
            "categorical: parameter 'ps' must be not all zero, got [0.0, 0.0]"),
        bad(() -> Distributions.categorical(new double[0]),
            "categorical: parameter 'ps' must be an array of at least 1 entry,"
                + " got an array of 0"),
        bad(() -> Distributions.uniformInt(3, 3),
            "uniform_int: parameter 'hi' must be > lo (3), got 3"),
        bad(() -> Distributions.dirichlet(new double[] {1, 0}),
            "dirichlet: parameter 'alphas' must be finite and > 0 in every entry,"
                + " got 0.0 at index 1"),
        bad(() -> Distributions.mvNormal(new double[] {0, NAN}, new double[][] {{1, 0}, {0, 1}}),
            "mv_normal: parameter 'mean' must be finite in every entry, got NaN at index 1"),
        bad(() -> Distributions.mvNormal(new double[] {0, 0}, new double[][] {{1, 2}, {2, 1}}),
            "mv_normal: parameter 'cov' must be positive definite, got pivot 1 = -3.0 in its"
                + " Cholesky factorisation"),
        bad(() -> Distributions.mvNormal(new double[] {0, 0}, new double[][] {{1, 0.5}, {0, 1}}),
            "mv_normal: parameter 'cov' must be symmetric, got [1][0] = 0.0 but [0][1] = 0.5"),
        bad(() -> Distributions.mvNormal(new double[] {0}, new double[][] {{1, 0}, {0, 1}}),
            "mv_normal: parameter 'cov' must be a 1 x 1 matrix to match 'mean', got a 2 x 2"
                + " matrix"));
  }

  private static Arguments bad(Executable construction, String message) {
    return Arguments.of(construction, message);
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("badParameters")
  void badParameterIsReportedByName(Executable construction, String message) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, construction)
        .getMessage());
  }

  @Test
  void recordConstructorsValidateToo() {
    assertEquals("normal: parameter 'sigma' must be > 0, got -1.0",
        assertThrows(IllegalArgumentException.class, () -> new Normal(0, -1)).getMessage());
    assertEquals("gamma: parameter 'shape' must be > 0, got NaN",
        assertThrows(IllegalArgumentException.class, () -> new Gamma(NAN, 1)).getMessage());
    assertEquals("mv_normal: parameter 'cov' must be a 2 x 2 matrix to match 'mean', got a"
        + " 1 x 1 matrix", assertThrows(IllegalArgumentException.class,
            () -> new MvNormal(new double[] {0, 0}, Cholesky.of(new double[][] {{1}})))
        .getMessage());
  }
}
