package org.ppl4j.semantics.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ppl4j.semantics.random.Rng;

/**
 * Samplers of every univariate distribution against the reference distribution: a
 * Kolmogorov–Smirnov test (continuous) or a chi-square test (discrete) of N = 20,000 draws
 * with seed 20261127, failing when p &lt; 1e-4; and the sample mean and variance against
 * {@link Distribution#mean()} and {@link Distribution#variance()} with |z| &lt;= 4.5, where the
 * standard error of the sample variance is estimated from the sample's fourth central moment.
 */
class SamplingTest {
  static final long SEED = 20261127L;
  static final int N = 20_000;
  static final double Z_LIMIT = 4.5;

  static List<RealCase> realCases() {
    return DistributionCases.real();
  }

  static List<IntCase> discreteCases() {
    return DistributionCases.discrete();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("realCases")
  void continuousDrawsPassKolmogorovSmirnov(RealCase c) {
    Rng rng = Rng.seeded(SEED);
    double[] draws = new double[N];
    for (int i = 0; i < N; i++) {
      draws[i] = c.distribution().sample(rng);
      double x = draws[i];
      assertTrue(c.distribution().inSupport(x),
          () -> c.label() + ": draw " + x + " outside the support");
    }
    GoodnessOfFit.Result result = GoodnessOfFit.kolmogorovSmirnov(draws, c.referenceCdf());
    assertPasses(c.label(), result);
    assertMoments(c.label(), c.distribution(), draws);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("discreteCases")
  void discreteDrawsPassChiSquare(IntCase c) {
    Rng rng = Rng.seeded(SEED);
    int[] draws = new int[N];
    double[] asReals = new double[N];
    for (int i = 0; i < N; i++) {
      draws[i] = c.sampler().applyAsInt(rng);
      asReals[i] = draws[i];
    }
    GoodnessOfFit.Result result =
        GoodnessOfFit.chiSquare(draws, c.referenceLogMass(), c.lower());
    assertPasses(c.label(), result);
    assertMoments(c.label(), c.distribution(), asReals);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("realCases")
  void drawsDependOnlyOnTheGenerator(RealCase c) {
    Rng first = Rng.seeded(SEED);
    Rng second = Rng.seeded(SEED);
    for (int i = 0; i < 100; i++) {
      assertEquals(c.distribution().sample(first), c.distribution().sample(second), c.label());
    }
  }

  static void assertPasses(String label, GoodnessOfFit.Result result) {
    assertTrue(result.pValue() >= GoodnessOfFit.LEVEL, () -> label + ": seed " + SEED
        + ", N " + N + ", " + result.detail() + ", p = " + result.pValue() + " < level "
        + GoodnessOfFit.LEVEL);
  }

  /** z-tests of the sample mean and variance against the distribution's own moments. */
  static void assertMoments(String label, Distribution<?> distribution, double[] draws) {
    OptionalDouble mean = distribution.mean();
    OptionalDouble variance = distribution.variance();
    if (mean.isEmpty() || variance.isEmpty() || variance.getAsDouble() == 0) {
      return;
    }
    double sampleMean = 0;
    for (double x : draws) {
      sampleMean += x;
    }
    sampleMean /= draws.length;
    double m2 = 0;
    double m4 = 0;
    for (double x : draws) {
      double d = x - sampleMean;
      m2 += d * d;
      m4 += d * d * d * d;
    }
    m2 /= draws.length;
    m4 /= draws.length;
    double zMean = (sampleMean - mean.getAsDouble())
        / Math.sqrt(variance.getAsDouble() / draws.length);
    double varianceStandardError = Math.sqrt(Math.max(m4 - m2 * m2, 0) / draws.length);
    double zVariance = (m2 - variance.getAsDouble()) / varianceStandardError;
    double zm = zMean;
    double zv = zVariance;
    assertTrue(Math.abs(zm) <= Z_LIMIT, () -> label + ": seed " + SEED + ", N " + N
        + ", mean() " + mean.getAsDouble() + ", z = " + zm);
    assertTrue(Math.abs(zv) <= Z_LIMIT, () -> label + ": seed " + SEED + ", N " + N
        + ", variance() " + variance.getAsDouble() + ", z = " + zv);
  }
}
