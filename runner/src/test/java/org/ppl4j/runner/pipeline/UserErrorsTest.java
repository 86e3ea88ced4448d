package org.ppl4j.runner.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ppl4j.compiler.diagnostics.PplException;
import org.ppl4j.compiler.diagnostics.SourceScoreSite;
import org.ppl4j.compiler.diagnostics.SourceSpan;
import org.ppl4j.inference.population.ZeroWeightException;
import org.ppl4j.runner.UserError;
import org.ppl4j.semantics.infer.InferenceException;

/** The one classification of failures into user errors and bugs, and the one rendering. */
class UserErrorsTest {

  private static final String SOURCE = "x ~ bernoulli(0.5)\ncondition(false)\nreturn x\n";
  private static final SourceSpan CONDITION = new SourceSpan("m.ppl", 2, 1, 16);

  @Test
  void aLocatedErrorQuotesItsLineWhenTheTextIsAtHand() {
    UserError with = UserErrors.of(new PplException(CONDITION, "bad"), Map.of("m.ppl", SOURCE))
        .orElseThrow();
    assertEquals("m.ppl:2:1: error: bad\n    condition(false)\n    ^^^^^^^^^^^^^^^^",
        with.render());
    UserError without = UserErrors.of(new PplException(CONDITION, "bad"), Map.of())
        .orElseThrow();
    assertEquals("m.ppl:2:1: error: bad", without.render());
    assertEquals(CONDITION, without.span().orElseThrow());
  }

  @Test
  void zeroWeightPointsAtItsScoreInAProgramAtHandElseHasNoPlace() {
    ZeroWeightException zero = new ZeroWeightException(10, 1,
        new SourceScoreSite(CONDITION, "condition"));
    assertEquals("m.ppl:2:1: error: all particles have zero weight after this condition (the"
        + " data or constraints are impossible under the model, or too unlikely for 10"
        + " particles)\n    condition(false)\n    ^^^^^^^^^^^^^^^^",
        UserErrors.of(zero, Map.of("m.ppl", SOURCE)).orElseThrow().render());
    UserError elsewhere = UserErrors.of(zero, Map.of()).orElseThrow();
    assertTrue(elsewhere.span().isEmpty());
    assertEquals("error: " + zero.getMessage(), elsewhere.render());
  }

  @Test
  void inferenceFailuresAndExhaustionAreUserErrorsAndOtherFailuresBugs() {
    assertEquals("error: enumerate cannot", UserErrors.of(
        new InferenceException("enumerate cannot"), Map.of()).orElseThrow().render());
    assertTrue(UserErrors.of(new StackOverflowError(), Map.of()).orElseThrow().render()
        .startsWith("error: the program recursed too deeply"));
    assertTrue(UserErrors.of(new OutOfMemoryError(), Map.of()).isPresent());
    assertTrue(UserErrors.of(new IllegalStateException("bug"), Map.of()).isEmpty());
    assertTrue(UserErrors.of(new NullPointerException(), Map.of()).isEmpty());
  }
}
