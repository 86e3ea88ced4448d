package org.ppl4j.semantics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.ppl4j.semantics.dist.Distributions;
import org.ppl4j.semantics.infer.Enumerator;
import org.ppl4j.semantics.infer.EnumeratorConfig;
import org.ppl4j.semantics.infer.InferenceException;
import org.ppl4j.semantics.infer.Rejection;
import org.ppl4j.semantics.infer.RejectionConfig;
import org.ppl4j.semantics.random.Rng;

/**
 * A score's {@link ScoreSite} reaches {@link Step.Scored} through any nesting of binds, scores
 * without one have {@link ScoreSite#NONE}, and the enumerator and rejection sampler name the
 * site of the score that left no execution alive.
 */
class ScoreSiteTest {
  private record Named(String name) implements ScoreSite {}

  @Test
  void theSiteSurvivesReassociatedBinds() {
    ScoreSite here = new Named("here");
    Model<Integer> m = Model.pure(1).flatMap(x -> Model.pure(x + 1))
        .flatMap(x -> Model.score(-0.5, here).then(Model.pure(x)));
    Step.Scored<Integer> scored = (Step.Scored<Integer>) m.resume();
    assertEquals(-0.5, scored.logWeight());
    assertSame(here, scored.site());
    assertEquals(2, ((Step.Done<Integer>) scored.resumeAfter().resume()).value());
    assertSame(here, ((Step.Scored<?>) Model.score(0.0, here).resume()).site());
    assertSame(ScoreSite.NONE, ((Step.Scored<?>) Model.factor(-1.0).resume()).site());
    assertSame(ScoreSite.NONE, new Model.Score(1.0).site());
  }

  @Test
  void enumerationAndRejectionNameTheScoreThatKilledEverything() {
    ScoreSite first = new Named("first");
    ScoreSite second = new Named("second");
    Model<Boolean> m = Model.sample(Distributions.bernoulli(0.5)).flatMap(a ->
        Model.score(-0.1, first).then(Model.score(Double.NEGATIVE_INFINITY, second))
            .then(Model.pure(a)));
    var exact = assertThrows(InferenceException.class,
        () -> Enumerator.run(m, EnumeratorConfig.defaults()));
    assertSame(second, exact.site());
    Model<Boolean> hard = Model.sample(Distributions.bernoulli(0.5)).flatMap(a ->
        Model.condition(true).then(Model.score(Double.NEGATIVE_INFINITY, second))
            .then(Model.pure(a)));
    var rejection = assertThrows(InferenceException.class, () -> Rejection.run(hard,
        new RejectionConfig(1, 50, OptionalDouble.empty()), Rng.seeded(1)));
    assertSame(second, rejection.site());
    assertTrue(rejection.getMessage().contains("0 of 1 draws accepted in 50 attempts"),
        rejection.getMessage());
  }
}
