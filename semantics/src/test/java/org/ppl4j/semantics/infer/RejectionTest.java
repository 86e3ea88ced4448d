package org.ppl4j.semantics.infer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ppl4j.semantics.dist.Distributions.bernoulli;
import static org.ppl4j.semantics.dist.Distributions.uniformInt;

import org.junit.jupiter.api.Test;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.random.Rng;

class RejectionTest {
  private static final long SEED = 11L;

  /** Two fair flips given at least one head: P(both) = 1/3 exactly; evidence 3/4. */
  private static final Model<Boolean> BOTH_GIVEN_ONE = Model.sample(bernoulli(0.5)).flatMap(a ->
      Model.sample(bernoulli(0.5)).flatMap(b -> Model.condition(a || b).then(Model.pure(a && b))));

  @Test
  void hardConditionsGiveTheExactPosterior() {
    int n = 20_000;
    Posterior<Boolean> p = Rejection.run(BOTH_GIVEN_ONE,
        RejectionConfig.defaults().withSamples(n), Rng.seeded(SEED));
    double mean = p.mean("value");
    double se = Math.sqrt((1.0 / 3) * (2.0 / 3) / n);
    assertTrue(Math.abs(mean - 1.0 / 3) <= 4.5 * se, "seed " + SEED + " N " + n + " mean " + mean);
    double rate = p.diagnostics().acceptanceRate().getAsDouble();
    // attempts ~ n / 0.75; the rate is a ratio estimate with sd sqrt(0.75 * 0.25 / attempts)
    double rateSe = Math.sqrt(0.75 * 0.25 / (n / 0.75));
    assertTrue(Math.abs(rate - 0.75) <= 4.5 * rateSe, "acceptance rate " + rate);
    double evidence = Math.exp(p.logEvidence().getAsDouble());
    assertTrue(Math.abs(evidence - 0.75) <= 4.5 * rateSe, "evidence " + evidence);
  }

  @Test
  void softScoresNeedABoundAndAreThenAcceptedInProportion() {
    // x uniform on {0,1,2} weighted by exp(-x): posterior P(0) = 1 / (1 + e^-1 + e^-2)
    Model<Integer> m = Model.sample(uniformInt(0, 3)).flatMap(x -> Model.factor(-x).then(Model.pure(x)));
    var e = assertThrows(InferenceException.class,
        () -> Rejection.run(m, RejectionConfig.defaults(), Rng.seeded(SEED)));
    assertTrue(e.getMessage().contains("soft score") && e.getMessage().contains("-1.0"), e.getMessage());
    int n = 20_000;
    Posterior<Integer> p = Rejection.run(m,
        RejectionConfig.defaults().withSamples(n).withLogBound(0.0), Rng.seeded(SEED));
    double p0 = 1 / (1 + Math.exp(-1) + Math.exp(-2));
    double f0 = p.probabilities("value").orElseThrow().get("0");
    assertTrue(Math.abs(f0 - p0) <= 4.5 * Math.sqrt(p0 * (1 - p0) / n),
        "seed " + SEED + " N " + n + " P(0) " + f0 + " exact " + p0);
  }

  @Test
  void boundBelowTheWeightAndTooFewAcceptancesAreClearErrors() {
    Model<Integer> m = Model.factor(1.0).then(Model.pure(1));
    var bound = assertThrows(InferenceException.class, () -> Rejection.run(
        m, RejectionConfig.defaults().withLogBound(0.5), Rng.seeded(SEED)));
    assertTrue(bound.getMessage().contains("exceeds the given bound 0.5"), bound.getMessage());
    Model<Boolean> never = Model.sample(bernoulli(0.5)).flatMap(b -> Model.condition(false).then(Model.pure(b)));
    var attempts = assertThrows(InferenceException.class, () -> Rejection.run(
        never, new RejectionConfig(10, 500, java.util.OptionalDouble.empty()), Rng.seeded(SEED)));
    assertTrue(attempts.getMessage().contains("all 500 draws have zero weight"),
        attempts.getMessage());
  }

  @Test
  void modelWithoutScoreHasLogEvidenceZero() {
    Model<Boolean> m = Model.sample(bernoulli(0.2));
    Posterior<Boolean> p = Rejection.run(m, RejectionConfig.defaults().withSamples(100), Rng.seeded(SEED));
    assertEquals(0.0, p.logEvidence().getAsDouble(), 0.0);
  }

  @Test
  void configRejectsBadValuesByName() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> new RejectionConfig(0, 10, java.util.OptionalDouble.empty()));
    assertTrue(e.getMessage().contains("samples must be > 0, got 0"), e.getMessage());
  }
}
