package org.ppl4j.semantics.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ppl4j.semantics.random.Rng;

/**
 * Boundary parameters that put all mass on one point, finite supports, and which moments
 * exist: exact checks, no tolerance.
 */
class DegenerateDistributionTest {
  private static final Rng RNG = Rng.seeded(7);

  /** All mass at {@code point}: log mass 0 there, -inf at the neighbours, every draw equal. */
  private static void assertPointMass(IntDistribution d, int point) {
    assertEquals(0, d.logDensity(point), 0, d.toString());
    assertEquals(Double.NEGATIVE_INFINITY, d.logDensity(point + 1), d.toString());
    for (int i = 0; i < 100; i++) {
      assertEquals(point, d.sample(RNG), d.toString());
    }
  }

  @Test
  void boundaryParametersGivePointMasses() {
    assertPointMass(Distributions.binomial(0, 0.4), 0);
    assertPointMass(Distributions.binomial(7, 0), 0);
    assertPointMass(Distributions.binomial(7, 1), 7);
    assertPointMass(Distributions.poisson(0), 0);
    assertPointMass(Distributions.geometric(1), 0);
    assertPointMass(Distributions.negBinomial(2.5, 1), 0);
    assertPointMass(Distributions.uniformInt(4, 5), 4);
    assertPointMass(Distributions.categorical(new double[] {0, 3, 0}), 1);
    Bernoulli never = Distributions.bernoulli(0);
    assertEquals(0, never.logDensity(false), 0);
    assertEquals(Double.NEGATIVE_INFINITY, never.logDensity(true));
    for (int i = 0; i < 100; i++) {
      assertFalse(never.sample(RNG));
      assertTrue(Distributions.bernoulli(1).sample(RNG));
    }
  }

  @Test
  void finiteSupportsListEveryValueInOrder() {
    assertEquals(Optional.of(List.of(false, true)),
        Distributions.bernoulli(0.2).finiteSupport());
    assertEquals(Optional.of(List.of(0, 1, 2, 3)),
        Distributions.binomial(3, 0.2).finiteSupport());
    assertEquals(Optional.of(List.of(0, 1, 2)),
        Distributions.categorical(new double[] {1, 0, 1}).finiteSupport());
    assertEquals(Optional.of(List.of(-2, -1, 0)),
        Distributions.uniformInt(-2, 1).finiteSupport());
    assertEquals(Optional.empty(),
        Distributions.uniformInt(Integer.MIN_VALUE, Integer.MAX_VALUE).finiteSupport());
    assertEquals(Optional.empty(), Distributions.poisson(2).finiteSupport());
    assertEquals(Optional.empty(), Distributions.normal(0, 1).finiteSupport());
    assertEquals(new Support.Integers(-2, 0), Distributions.uniformInt(-2, 1).support());
    assertEquals(new Support.Integers(0, Long.MAX_VALUE), Distributions.geometric(0.5).support());
  }

  @Test
  void wideUniformIntDrawsStayInRange() {
    UniformInt wide = Distributions.uniformInt(Integer.MIN_VALUE, Integer.MAX_VALUE);
    boolean sawNegative = false;
    boolean sawPositive = false;
    for (int i = 0; i < 1000; i++) {
      int k = wide.sample(RNG);
      assertTrue(k < Integer.MAX_VALUE);
      sawNegative |= k < 0;
      sawPositive |= k > 0;
    }
    assertTrue(sawNegative && sawPositive);
  }

  @Test
  void momentsAreEmptyWhereTheyDoNotExist() {
    assertTrue(Distributions.cauchy(0, 1).mean().isEmpty());
    assertTrue(Distributions.halfCauchy(1).variance().isEmpty());
    assertTrue(Distributions.studentT(1, 0, 1).mean().isEmpty());
    assertEquals(0.0, Distributions.studentT(1.5, 0, 1).mean().getAsDouble());
    assertTrue(Distributions.studentT(2, 0, 1).variance().isEmpty());
    assertTrue(Distributions.invGamma(1, 1).mean().isEmpty());
    assertTrue(Distributions.invGamma(2, 1).variance().isEmpty());
    assertTrue(Distributions.dirichlet(new double[] {1, 1}).mean().isEmpty());
  }

  @Test
  void namesAreTheLanguageNames() {
    List<Distribution<?>> all = List.of(Distributions.normal(0, 1),
        Distributions.lognormal(0, 1), Distributions.studentT(3, 0, 1),
        Distributions.cauchy(0, 1), Distributions.laplace(0, 1), Distributions.uniform(0, 1),
        Distributions.beta(1, 1), Distributions.gamma(1, 1), Distributions.invGamma(1, 1),
        Distributions.exponential(1), Distributions.halfNormal(1), Distributions.halfCauchy(1),
        Distributions.bernoulli(0.5), Distributions.binomial(1, 0.5), Distributions.poisson(1),
        Distributions.geometric(0.5), Distributions.negBinomial(1, 0.5),
        Distributions.categorical(new double[] {1}), Distributions.uniformInt(0, 2),
        Distributions.dirichlet(new double[] {1, 1}),
        Distributions.mvNormal(new double[] {0}, new double[][] {{1}}));
    // the factories name every family they build as the registry does, in registry order
    // (every registered family, factory or not, is checked by FamilyConsistencyTest)
    List<String> names = all.stream().map(Distribution::name).toList();
    assertEquals(Distributions.NAMES.subList(0, names.size()), names);
  }
}
