package org.ppl4j.semantics.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ppl4j.semantics.random.Rng;

/**
 * For random valid parameters and points: the log density is finite exactly on the support
 * and negative infinity off it (never NaN), and draws lie in the support. Points are kept in
 * [-1e6, 1e6] so that an in-support density never underflows to zero honestly; NaN and the
 * infinities are checked to be outside every support.
 *
 * <p>Seeded parameterised cases (generator seed {@value #SEED}): {@value #DENSITY_CASES}
 * (distribution, point) pairs for each density property, {@value #NON_FINITE_CASES}
 * distributions for the non-finite points and {@value #DRAW_CASES} (distribution, seed) pairs of
 * 20 draws each, as many tries as the property tests these replace. Each parameter and point is
 * an edge value (the bounds of its range, 0, ±1) with probability 1/4 and otherwise uniform on a
 * log or linear scale, so both the boundaries and the bulk are covered. These are exact checks
 * (no tolerance): one violating case fails the test and names the distribution and point.
 */
class SupportPropertyTest {
  private static final long SEED = 20261207L;
  private static final int DENSITY_CASES = 300;
  private static final int NON_FINITE_CASES = 100;
  private static final int DRAW_CASES = 200;

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("realPoints")
  void continuousLogDensityIsFiniteExactlyOnTheSupport(RealDistribution d, double x) {
    double logDensity = d.logDensity(x);
    assertEquals(d.inSupport(x), Double.isFinite(logDensity), "log density " + logDensity);
    if (!d.inSupport(x)) {
      assertEquals(Double.NEGATIVE_INFINITY, logDensity);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("realDistributionCases")
  void nonFiniteRealsAreOutsideEverySupport(RealDistribution d) {
    for (double x : new double[] {Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY}) {
      assertFalse(d.inSupport(x), "in support: " + x);
      assertEquals(Double.NEGATIVE_INFINITY, d.logDensity(x), "log density at " + x);
    }
  }

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("intPoints")
  void discreteLogMassIsFiniteOnTheSupportWhereTheMassIsPositive(IntDistribution d, int k) {
    double logMass = d.logDensity(k);
    if (!d.inSupport(k)) {
      assertEquals(Double.NEGATIVE_INFINITY, logMass);
      return;
    }
    // Inside the support the log mass is never NaN nor positive; it is finite except for
    // categories given weight zero.
    boolean zeroWeightCategory = d instanceof Categorical c && c.probability(k) == 0;
    assertFalse(Double.isNaN(logMass));
    assertTrue(logMass <= 1e-12, "log mass " + logMass);
    assertTrue(Double.isFinite(logMass) || zeroWeightCategory, "log mass " + logMass);
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("realDistributionsWithSeeds")
  void drawsLieInTheSupport(RealDistribution d, long seed) {
    Rng rng = Rng.seeded(seed);
    for (int i = 0; i < 20; i++) {
      double x = d.sample(rng).doubleValue();
      assertTrue(d.inSupport(x), "draw " + x);
    }
  }

  static Stream<Arguments> realPoints() {
    Cases g = new Cases(SEED);
    return Stream.generate(() -> Arguments.of(g.realDistribution(), g.linear(-1e6, 1e6)))
        .limit(DENSITY_CASES);
  }

  static Stream<Arguments> realDistributionCases() {
    Cases g = new Cases(SEED + 1);
    return Stream.generate(() -> Arguments.of(g.realDistribution())).limit(NON_FINITE_CASES);
  }

  static Stream<Arguments> intPoints() {
    Cases g = new Cases(SEED + 2);
    return Stream.generate(() -> Arguments.of(g.intDistribution(), g.integer(-1000, 100_000)))
        .limit(DENSITY_CASES);
  }

  static Stream<Arguments> realDistributionsWithSeeds() {
    Cases g = new Cases(SEED + 3);
    return Stream.generate(() -> Arguments.of(g.realDistribution(), g.random.nextLong()))
        .limit(DRAW_CASES);
  }

  /** A seeded generator of parameters, points and distributions, edge values included. */
  private static final class Cases {
    final SplittableRandom random;

    Cases(long seed) {
      random = new SplittableRandom(seed);
    }

    /** A value in [lo, hi]: an edge value with probability 1/4, else uniform. */
    double linear(double lo, double hi) {
      if (random.nextInt(4) == 0) {
        List<Double> edges = new ArrayList<>(List.of(lo, hi));
        for (double e : new double[] {0, 1, -1}) {
          if (lo <= e && e <= hi) {
            edges.add(e);
          }
        }
        return edges.get(random.nextInt(edges.size()));
      }
      return lo + (hi - lo) * random.nextDouble();
    }

    /** A positive value in [lo, hi]: an edge value with probability 1/4, else log-uniform. */
    double positive(double lo, double hi) {
      if (random.nextInt(4) == 0) {
        double[] edges = {lo, hi, 1};
        return edges[random.nextInt(edges.length)];
      }
      return Math.exp(Math.log(lo) + (Math.log(hi) - Math.log(lo)) * random.nextDouble());
    }

    int integer(int lo, int hi) {
      if (random.nextInt(4) == 0) {
        int[] edges = {lo, hi, Math.max(lo, Math.min(hi, 0)), Math.max(lo, Math.min(hi, 1))};
        return edges[random.nextInt(edges.length)];
      }
      return lo + random.nextInt(hi - lo + 1);
    }

    double probability() {
      return linear(1e-6, 1 - 1e-6);
    }

    RealDistribution realDistribution() {
      List<Function<Cases, RealDistribution>> families = List.of(
          c -> Distributions.normal(c.linear(-100, 100), c.positive(1e-3, 100)),
          c -> Distributions.lognormal(c.linear(-100, 100), c.positive(1e-3, 10)),
          c -> Distributions.studentT(c.positive(1e-3, 100), c.linear(-100, 100),
              c.positive(1e-3, 100)),
          c -> Distributions.cauchy(c.linear(-100, 100), c.positive(1e-3, 100)),
          c -> Distributions.laplace(c.linear(-100, 100), c.positive(1e-3, 100)),
          c -> {
            double lo = c.linear(-100, 100);
            return Distributions.uniform(lo, lo + c.positive(1e-3, 100));
          },
          c -> Distributions.beta(c.positive(1e-3, 100), c.positive(1e-3, 100)),
          c -> Distributions.gamma(c.positive(1e-3, 100), c.positive(1e-3, 100)),
          c -> Distributions.invGamma(c.positive(1e-3, 100), c.positive(1e-3, 100)),
          c -> Distributions.exponential(c.positive(1e-3, 100)),
          c -> Distributions.halfNormal(c.positive(1e-3, 100)),
          c -> Distributions.halfCauchy(c.positive(1e-3, 100)));
      return families.get(random.nextInt(families.size())).apply(this);
    }

    /**
     * Probabilities strictly inside (0, 1) and positive rates: at the boundary values the mass
     * sits on one point (see DegenerateDistributionTest).
     */
    IntDistribution intDistribution() {
      List<Function<Cases, IntDistribution>> families = List.of(
          c -> Distributions.binomial(c.integer(0, 10_000), c.probability()),
          c -> Distributions.poisson(c.positive(1e-3, 1000)),
          c -> Distributions.geometric(c.probability()),
          c -> Distributions.negBinomial(c.positive(1e-3, 1000), c.probability()),
          c -> {
            double[] weights;
            do {
              weights = new double[1 + c.random.nextInt(8)];
              for (int i = 0; i < weights.length; i++) {
                weights[i] = c.linear(0, 10);
              }
            } while (java.util.Arrays.stream(weights).sum() <= 0);
            return Distributions.categorical(weights);
          },
          c -> {
            int lo = c.integer(-1000, 1000);
            return Distributions.uniformInt(lo, lo + c.integer(1, 5000));
          });
      return families.get(random.nextInt(families.size())).apply(this);
    }
  }
}
