package org.ppl4j.semantics.dist;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/**
 * For random valid parameters and points: the log density is finite exactly on the support
 * and negative infinity off it (never NaN), and draws lie in the support. Points are kept in
 * [-1e6, 1e6] so that an in-support density never underflows to zero honestly; NaN and the
 * infinities are checked to be outside every support.
 */
class SupportPropertyTest {

  @Property(tries = 300)
  boolean continuousLogDensityIsFiniteExactlyOnTheSupport(
      @ForAll("realDistributions") RealDistribution d,
      @ForAll @DoubleRange(min = -1e6, max = 1e6) @Scale(12) double x) {
    return d.inSupport(x) == Double.isFinite(d.logDensity(x))
        && (d.inSupport(x) || d.logDensity(x) == Double.NEGATIVE_INFINITY);
  }

  @Property(tries = 100)
  boolean nonFiniteRealsAreOutsideEverySupport(@ForAll("realDistributions") RealDistribution d) {
    for (double x : new double[] {Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY}) {
      if (d.inSupport(x) || d.logDensity(x) != Double.NEGATIVE_INFINITY) {
        return false;
      }
    }
    return true;
  }

  @Property(tries = 300)
  boolean discreteLogMassIsFiniteOnTheSupportWhereTheMassIsPositive(
      @ForAll("intDistributions") IntDistribution d,
      @ForAll @IntRange(min = -1000, max = 100_000) int k) {
    double logMass = d.logDensity(k);
    if (!d.inSupport(k)) {
      return logMass == Double.NEGATIVE_INFINITY;
    }
    // Inside the support the log mass is never NaN nor positive; it is finite except for
    // categories given weight zero.
    boolean zeroWeightCategory = d instanceof Categorical c && c.probability(k) == 0;
    return !Double.isNaN(logMass) && logMass <= 1e-12
        && (Double.isFinite(logMass) || zeroWeightCategory);
  }

  @Property(tries = 200)
  boolean drawsLieInTheSupport(@ForAll("realDistributions") RealDistribution d,
      @ForAll long seed) {
    var rng = org.ppl4j.semantics.random.Rng.seeded(seed);
    for (int i = 0; i < 20; i++) {
      if (!d.inSupport(d.sample(rng).doubleValue())) {
        return false;
      }
    }
    return true;
  }

  @Provide
  Arbitrary<RealDistribution> realDistributions() {
    Arbitrary<Double> real = Arbitraries.doubles().between(-100, 100).ofScale(6);
    Arbitrary<Double> positive = Arbitraries.doubles().between(1e-3, 100).ofScale(6);
    return Arbitraries.oneOf(
        Combinators.combine(real, positive).as(Distributions::normal),
        Combinators.combine(real, positive.filter(s -> s < 10)).as(Distributions::lognormal),
        Combinators.combine(positive, real, positive).as(Distributions::studentT),
        Combinators.combine(real, positive).as(Distributions::cauchy),
        Combinators.combine(real, positive).as(Distributions::laplace),
        Combinators.combine(real, positive).as((lo, w) -> Distributions.uniform(lo, lo + w)),
        Combinators.combine(positive, positive).as(Distributions::beta),
        Combinators.combine(positive, positive).as(Distributions::gamma),
        Combinators.combine(positive, positive).as(Distributions::invGamma),
        positive.map(Distributions::exponential),
        positive.map(Distributions::halfNormal),
        positive.map(Distributions::halfCauchy));
  }

  @Provide
  Arbitrary<IntDistribution> intDistributions() {
    // Probabilities strictly inside (0, 1) and positive rates: at the boundary values the
    // mass sits on one point (see DegenerateDistributionTest).
    Arbitrary<Double> probability = Arbitraries.doubles().between(1e-6, 1 - 1e-6).ofScale(6);
    Arbitrary<Double> positiveProbability = probability;
    Arbitrary<Double> positive = Arbitraries.doubles().between(1e-3, 1000).ofScale(6);
    Arbitrary<double[]> weights = Arbitraries.doubles().between(0, 10).ofScale(6).array(double[].class)
        .ofMinSize(1).ofMaxSize(8).filter(w -> java.util.Arrays.stream(w).sum() > 0);
    return Arbitraries.oneOf(
        Combinators.combine(Arbitraries.integers().between(0, 10_000), probability)
            .as(Distributions::binomial),
        Arbitraries.doubles().between(1e-3, 1000).ofScale(6).map(Distributions::poisson),
        positiveProbability.map(Distributions::geometric),
        Combinators.combine(positive, positiveProbability).as(Distributions::negBinomial),
        weights.map(Distributions::categorical),
        Combinators.combine(Arbitraries.integers().between(-1000, 1000),
            Arbitraries.integers().between(1, 5000)).as(Tuple::of)
            .map(t -> Distributions.uniformInt(t.get1(), t.get1() + t.get2())));
  }
}
