package org.ppl4j.semantics.infer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ppl4j.semantics.dist.Distributions.bernoulli;
import static org.ppl4j.semantics.dist.Distributions.normal;
import static org.ppl4j.semantics.dist.Distributions.uniformInt;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.posterior.Posterior;

class EnumeratorTest {
  private static final EnumeratorConfig CONFIG = EnumeratorConfig.defaults();

  @Test
  void twoFlipsConditionedOnAtLeastOneHeadGiveOneThirdEach() {
    Model<Integer> heads = Model.sample(bernoulli(0.5)).flatMap(a -> Model.sample(bernoulli(0.5))
        .flatMap(b -> Model.condition(a || b).then(Model.pure((a ? 1 : 0) + (b ? 1 : 0)))));
    Posterior<Integer> p = Enumerator.run(heads, CONFIG);
    // two paths return 1 (merged), one returns 2; the evidence is P(a or b) = 3/4
    Map<String, Double> probabilities = p.probabilities("value").orElseThrow();
    assertEquals(List.of("1", "2"), List.copyOf(probabilities.keySet()));
    assertEquals(2.0 / 3, probabilities.get("1"), 1e-12);
    assertEquals(1.0 / 3, probabilities.get("2"), 1e-12);
    assertEquals(Math.log(0.75), p.logEvidence().getAsDouble(), 1e-12);
    assertEquals(2, p.draws().size(), "equal results are merged");
  }

  @Test
  void softScoresAndZeroMassValuesAreWeighted() {
    // x uniform on {0,1,2}; observing weight exp(-x); bernoulli(1.0) has a zero-mass 'false' branch
    Model<Integer> m = Model.sample(uniformInt(0, 3)).flatMap(x -> Model.factor(-x)
        .then(Model.sample(bernoulli(1.0))).flatMap(b -> Model.pure(b ? x : 99)));
    Posterior<Integer> p = Enumerator.run(m, CONFIG);
    double z = (1 + Math.exp(-1) + Math.exp(-2)) / 3;
    assertEquals(Math.log(z), p.logEvidence().getAsDouble(), 1e-12);
    assertEquals(Math.exp(-1) / 3 / z, p.probabilities("value").orElseThrow().get("1"), 1e-12);
    assertTrue(!p.probabilities("value").orElseThrow().containsKey("99"));
  }

  @Test
  void modelWithoutScoreHasLogEvidenceZero() {
    Model<Boolean> m = Model.sample(bernoulli(0.3)).flatMap(a -> Model.sample(bernoulli(0.6)).map(b -> a && b));
    assertEquals(0.0, Enumerator.run(m, CONFIG).logEvidence().getAsDouble(), 1e-15);
  }

  @Test
  void continuousChoiceIsAClearErrorNamingTheDistribution() {
    var e = assertThrows(InferenceException.class,
        () -> Enumerator.run(Model.sample(normal(0, 1)), CONFIG));
    assertTrue(e.getMessage().contains("normal") && e.getMessage().contains("not finite"),
        e.getMessage());
  }

  @Test
  void impossibleConditionsAndTooManyPathsAndInfiniteScoresAreClearErrors() {
    var zero = assertThrows(InferenceException.class, () -> Enumerator.run(
        Model.sample(bernoulli(0.5)).flatMap(a -> Model.condition(false)), CONFIG));
    assertTrue(zero.getMessage().contains("zero probability"), zero.getMessage());
    var many = assertThrows(InferenceException.class, () -> Enumerator.run(
        Model.replicate(20, Model.sample(bernoulli(0.5))), new EnumeratorConfig(1000)));
    assertTrue(many.getMessage().contains("more than 1000"), many.getMessage());
    var inf = assertThrows(InferenceException.class,
        () -> Enumerator.run(Model.factor(Double.POSITIVE_INFINITY), CONFIG));
    assertTrue(inf.getMessage().contains("+infinity"), inf.getMessage());
  }

  @Test
  void arraysAreMergedByContent() {
    Model<double[]> m = Model.sample(bernoulli(0.5)).map(b -> new double[] {1.0, 2.0});
    Posterior<double[]> p = Enumerator.run(m, CONFIG);
    assertEquals(1, p.draws().size());
    assertEquals(List.of("value[0]", "value[1]"), List.copyOf(p.summary().keySet()));
  }
}
