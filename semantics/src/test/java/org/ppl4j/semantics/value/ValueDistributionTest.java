package org.ppl4j.semantics.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ppl4j.semantics.dist.Distributions;
import org.ppl4j.semantics.dist.Family;
import org.ppl4j.semantics.random.Rng;

/** Distributions of the language over values: kinds, arguments, conversions. */
class ValueDistributionTest {

  @Test
  void everyKindIsConstructibleAndKeepsItsArguments() {
    for (Family kind : Family.values()) {
      List<Value> args = arguments(kind);
      ValueDistribution d = ValueDistribution.of(kind, args);
      assertEquals(kind, d.kind());
      assertEquals(args, d.args());
      assertEquals(kind.languageName(), d.name());
      Value x = d.sample(Rng.seeded(3));
      assertTrue(d.inSupport(x), kind + " draw " + x);
      assertTrue(Double.isFinite(d.logDensity(x)), kind + " density at " + x);
    }
  }

  private static List<Value> arguments(Family kind) {
    return switch (kind) {
      case CATEGORICAL -> List.of(reals(0.2, 0.8));
      case DIRICHLET -> List.of(reals(1, 2));
      case MV_NORMAL -> List.of(reals(0, 0),
          new ArrayValue(List.of(reals(1, 0), reals(0, 1))));
      case BINOMIAL -> List.of(new IntValue(3), new RealValue(0.5));
      case UNIFORM_INT -> List.of(new IntValue(0), new IntValue(3));
      case UNIFORM -> List.of(new IntValue(0), new IntValue(1));
      case BERNOULLI, GEOMETRIC -> List.of(new RealValue(0.5));
      case NEG_BINOMIAL -> List.of(new IntValue(2), new RealValue(0.5));
      default -> kind.parameters().stream().map(p -> (Value) new RealValue(2)).toList();
    };
  }

  private static ArrayValue reals(double... xs) {
    return new ArrayValue(java.util.Arrays.stream(xs).mapToObj(v -> (Value) new RealValue(v))
        .toList());
  }

  @Test
  void densitiesAgreeWithTheTypedDistributions() {
    ValueDistribution normal = ValueDistribution.of(Family.NORMAL,
        List.of(new IntValue(1), new RealValue(2)));
    assertEquals(Distributions.normal(1, 2).logDensity(0.5), normal.logDensity(new RealValue(0.5)));
    assertEquals(Distributions.normal(1, 2).logDensity(3.0), normal.logDensity(new IntValue(3)));
    assertEquals(normal.logDensity(new RealValue(0.5)), ValueDistribution.logDensity(
        Family.NORMAL, new double[] {1, 2}, new RealValue(0.5)));
    ValueDistribution poisson = ValueDistribution.of(Family.POISSON,
        List.of(new RealValue(2)));
    assertEquals(poisson.logDensity(new IntValue(3)), poisson.logDensity(new RealValue(3.0)));
    assertEquals(Double.NEGATIVE_INFINITY, poisson.logDensity(new RealValue(2.5)));
  }

  @Test
  void finiteSupportsAreValues() {
    ValueDistribution coin = ValueDistribution.of(Family.BERNOULLI,
        List.of(new RealValue(0.3)));
    assertEquals(Optional.of(List.of(BoolValue.FALSE, BoolValue.TRUE)), coin.finiteSupport());
    ValueDistribution die = ValueDistribution.of(Family.UNIFORM_INT,
        List.of(new IntValue(1), new IntValue(3)));
    assertEquals(Optional.of(List.of(new IntValue(1), new IntValue(2))), die.finiteSupport());
  }

  @Test
  void badArgumentsNameTheDistributionAndParameter() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ValueDistribution.of(Family.NORMAL,
            List.of(new RealValue(0), BoolValue.TRUE)));
    assertEquals("normal: sigma must be a Real, got Bool", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ValueDistribution.of(
        Family.BETA, List.of(new RealValue(1))));
    assertThrows(IllegalArgumentException.class, () -> ValueDistribution.of(
        Family.BERNOULLI, List.of(new RealValue(0.5))).logDensity(new IntValue(1)));
  }
}
