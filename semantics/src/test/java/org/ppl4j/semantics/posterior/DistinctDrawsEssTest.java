package org.ppl4j.semantics.posterior;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.ppl4j.semantics.infer.InferenceException;

/**
 * The ESS of weighted draws counts copies of one draw once (SMC resampling duplicates
 * particles), a constant leaf is summarised exactly, and a non-finite result is a user error.
 */
class DistinctDrawsEssTest {

  @Test
  void copiesOfOneParticleCountOnce() {
    // four equal-weight draws, three of them copies: merged weights 3/4 and 1/4,
    // Kish ESS 1 / (9/16 + 1/16) = 1.6 (the plain Kish ESS of the weights would be 4)
    Posterior<Double> p = Posterior.of("smc", new Empirical<>(List.of(0.3, 0.3, 0.3, 0.9),
        new double[] {0, 0, 0, 0}, OptionalDouble.empty()));
    assertEquals(1.6, p.summary().get("value").ess().getAsDouble(), 1e-12);
    Posterior<Double> collapsed = Posterior.of("smc", new Empirical<>(List.of(0.3, 0.3, 0.3),
        new double[] {-1, -1, -1}, OptionalDouble.empty()));
    assertEquals(1.0, collapsed.summary().get("value").ess().getAsDouble(), 1e-12);
  }

  @Test
  void distinctWeightedDrawsKeepKishEss() {
    double[] logWeights = {Math.log(0.5), Math.log(0.25), Math.log(0.25)};
    Posterior<Double> p = Posterior.of("importance", new Empirical<>(List.of(1.0, 2.0, 3.0),
        logWeights, OptionalDouble.empty()));
    assertEquals(1.0 / (0.25 + 0.0625 + 0.0625), p.summary().get("value").ess().getAsDouble(),
        1e-12);
  }

  @Test
  void recordDrawsAreCopiesOnlyWhenEveryLeafAgrees() {
    // {x: 1.0, k: 0} twice and {x: 1.0, k: 1} twice: two distinct draws of weight 1/2 each
    List<Map<String, Object>> draws = List.of(record(1.0, 0), record(1.0, 0), record(1.0, 1),
        record(1.0, 1));
    Posterior<Map<String, Object>> p = Posterior.of("smc", new Empirical<>(draws,
        new double[] {0, 0, 0, 0}, OptionalDouble.empty()));
    assertEquals(2.0, p.summary().get("x").ess().getAsDouble(), 1e-12);
    assertEquals(4.0, p.summary().get("k").ess().getAsDouble(), 1e-12,
        "discrete leaves keep the plain Kish ESS");
  }

  @Test
  void aConstantHasExactlyItsValueAndNoSpread() {
    double[] values = new double[10];
    java.util.Arrays.fill(values, 0.1);
    WeightedValues w = new WeightedValues(values, new double[10]);
    assertEquals(0.1, w.mean());
    assertEquals(0.0, w.sd());
  }

  @Test
  void aNonFiniteResultIsAUserError() {
    Posterior<Double> p = Posterior.of("importance", new Empirical<>(List.of(1.0, Double.NaN),
        new double[] {0, 0}, OptionalDouble.empty()));
    var e = assertThrows(InferenceException.class, p::summary);
    assertTrue(e.getMessage().contains("'value' is NaN"), e.getMessage());
    Posterior<Double> inf = Posterior.of("importance", new Empirical<>(
        List.of(Double.POSITIVE_INFINITY), new double[] {0}, OptionalDouble.empty()));
    assertTrue(assertThrows(InferenceException.class, inf::summary).getMessage()
        .contains("'value' is inf"));
  }

  private static Map<String, Object> record(double x, int k) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("x", x);
    m.put("k", k);
    return m;
  }
}
