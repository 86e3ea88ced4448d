package org.ppl4j.semantics.posterior;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class PosteriorTest {

  /** The exact distribution P(0)=0.2, P(1)=0.5, P(3)=0.3 given as weighted distinct values. */
  private static Posterior<Integer> exactThreePoint() {
    double[] logWeights = {Math.log(0.2), Math.log(0.5), Math.log(0.3)};
    return Posterior.exact("enumerate",
        new Empirical<>(List.of(0, 1, 3), logWeights, OptionalDouble.of(-1.0)));
  }

  @Test
  void exactDiscreteSummaryIsTheDistributionsOwn() {
    Summary s = exactThreePoint().summary().get("value");
    double mean = 0.5 + 0.9;
    double variance = 0.2 * mean * mean + 0.5 * (1 - mean) * (1 - mean) + 0.3 * (3 - mean) * (3 - mean);
    assertEquals(mean, s.mean(), 1e-12);
    assertEquals(Math.sqrt(variance), s.sd(), 1e-12);
    assertEquals(0.0, s.q05());
    assertEquals(1.0, s.q50());
    assertEquals(3.0, s.q95());
    assertTrue(s.ess().isEmpty(), "exact results have no ESS");
    assertTrue(s.rhat().isEmpty());
    Map<String, Double> p = s.probabilities().orElseThrow();
    assertEquals(List.of("0", "1", "3"), List.copyOf(p.keySet()));
    assertEquals(0.5, p.get("1"), 1e-12);
    assertEquals(-1.0, exactThreePoint().logEvidence().getAsDouble());
  }

  @Test
  void quantileIsTheInverseOfTheWeightedCdf() {
    WeightedValues w = new WeightedValues(new double[] {3, 1, 2}, new double[] {0, 0, 0});
    assertEquals(1.0, w.quantile(1.0 / 3));
    assertEquals(2.0, w.quantile(0.34));
    assertEquals(3.0, w.quantile(1.0));
    assertThrows(IllegalArgumentException.class, () -> w.quantile(1.5));
  }

  @Test
  void kishEssOfEqualWeightsIsN() {
    Posterior<Double> p = Posterior.of("importance",
        new Empirical<>(List.of(1.0, 2.0, 3.0, 4.0), new double[] {-7, -7, -7, -7},
            OptionalDouble.empty()));
    assertEquals(4.0, p.summary().get("value").ess().getAsDouble(), 1e-12);
    assertEquals(2.5, p.mean("value"), 1e-12);
    assertTrue(p.probabilities("value").isEmpty(), "a real leaf has no probabilities");
  }

  @Test
  void histogramMassesSumToOneAndFollowWeights() {
    Posterior<Double> p = Posterior.of("importance",
        new Empirical<>(List.of(0.0, 1.0, 10.0), new double[] {Math.log(1), Math.log(1), Math.log(2)},
            OptionalDouble.empty()));
    Histogram h = p.histogram("value", 2);
    assertEquals(2, h.bins());
    assertEquals(0.5, h.probabilities()[0], 1e-12);
    assertEquals(0.5, h.probabilities()[1], 1e-12);
    assertEquals(10.0, h.edges()[2]);
  }

  @Test
  void boolLeavesGetTrueFalseLabelsAndMoreThanFiftyValuesGetNone() {
    Posterior<Boolean> b = Posterior.of("rejection", Empirical.unweighted(List.of(true, false, true, true)));
    assertEquals(Map.of("0", 0.25, "1", 0.75), b.probabilities("value").orElseThrow());
    List<Integer> many = java.util.stream.IntStream.range(0, 51).boxed().toList();
    assertFalse(Posterior.of("x", Empirical.unweighted(many)).probabilities("value").isPresent());
  }

  @Test
  void unknownLeafAndZeroWeightsFailWithClearMessages() {
    var e = assertThrows(IllegalArgumentException.class, () -> exactThreePoint().mean("p"));
    assertTrue(e.getMessage().contains("'p'") && e.getMessage().contains("[value]"), e.getMessage());
    Posterior<Double> dead = Posterior.of("importance", new Empirical<>(List.of(1.0),
        new double[] {Double.NEGATIVE_INFINITY}, OptionalDouble.empty()));
    var z = assertThrows(IllegalArgumentException.class, dead::summary);
    assertTrue(z.getMessage().contains("zero weight"), z.getMessage());
  }

  @Test
  void chainsGiveBulkEssAndRhatAndMustHaveEqualLengths() {
    List<List<Double>> chains = List.of(
        List.of(0.1, -0.4, 0.3, 1.2, -0.8, 0.5), List.of(0.7, -1.1, 0.2, -0.3, 0.9, 0.0));
    Posterior<Double> p = Posterior.fromChains("mh", chains, Diagnostics.none().withAcceptanceRate(0.4));
    Summary s = p.summary("mu").get("mu");
    assertTrue(s.ess().isPresent() && s.rhat().isPresent());
    assertEquals(12, p.draws().size());
    assertThrows(IllegalArgumentException.class,
        () -> Posterior.fromChains("mh", List.of(List.of(1.0), List.of(1.0, 2.0)), Diagnostics.none()));
  }

  @Test
  void mergingEqualDrawsIntoOneWeightedDrawLeavesTheSummaryUnchanged() {
    Posterior<Integer> repeated = Posterior.of("x",
        Empirical.unweighted(List.of(2, 5, 2, 2, 7, 5)));
    Posterior<Integer> merged = Posterior.of("x", new Empirical<>(List.of(2, 5, 7),
        new double[] {Math.log(3), Math.log(2), 0.0}, OptionalDouble.empty()));
    Summary a = repeated.summary().get("value");
    Summary b = merged.summary().get("value");
    assertEquals(a.mean(), b.mean(), 1e-12);
    assertEquals(a.sd(), b.sd(), 1e-12);
    assertEquals(List.of(a.q05(), a.q50(), a.q95()), List.of(b.q05(), b.q50(), b.q95()));
    Map<String, Double> p = b.probabilities().orElseThrow();
    Map<String, Double> pa = a.probabilities().orElseThrow();
    assertEquals(pa.keySet(), p.keySet());
    pa.forEach((value, probability) -> assertEquals(probability, p.get(value), 1e-12));
    assertEquals(0.5, p.get("2"), 1e-12);
    assertEquals(1.0 / 3, p.get("5"), 1e-12);
    assertEquals(1.0 / 6, p.get("7"), 1e-12);
  }
}
