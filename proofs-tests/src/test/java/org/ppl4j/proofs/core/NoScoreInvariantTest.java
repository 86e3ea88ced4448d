package org.ppl4j.proofs.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ppl4j.semantics.dist.Distributions.bernoulli;
import static org.ppl4j.semantics.dist.Distributions.categorical;
import static org.ppl4j.semantics.dist.Distributions.normal;
import static org.ppl4j.semantics.dsl.Dsl.replicate;
import static org.ppl4j.semantics.dsl.Dsl.sample;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ppl4j.semantics.infer.Density;
import org.ppl4j.semantics.infer.Enumerator;
import org.ppl4j.semantics.infer.EnumeratorConfig;
import org.ppl4j.semantics.infer.Rejection;
import org.ppl4j.semantics.infer.RejectionConfig;
import org.ppl4j.semantics.infer.Weighted;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.random.Rng;

/**
 * Invariant, no tolerance: a model without {@code score} has evidence 1, so every method that
 * gives a log evidence gives exactly 0, and every weighted draw has log weight exactly 0.
 */
class NoScoreInvariantTest {

  private static final Model<Integer> DISCRETE = sample(bernoulli(0.3)).flatMap(b ->
      sample(categorical(new double[] {0.2, 0.5, 0.3})).map(k -> b ? k : -k));

  private static final Model<List<Double>> CONTINUOUS = sample(bernoulli(0.6)).flatMap(b ->
      replicate(5, sample(normal(b ? 1 : -1, 2))));

  @Test
  void enumerationGivesLogEvidenceZero() {
    assertEquals(0.0, Enumerator.run(DISCRETE, EnumeratorConfig.defaults())
        .logEvidence().getAsDouble(), 1e-15);
  }

  @Test
  void rejectionAcceptsEveryRunAndGivesLogEvidenceZero() {
    for (Model<?> m : List.of(DISCRETE, CONTINUOUS)) {
      var p = Rejection.run(m, RejectionConfig.defaults().withSamples(500), Rng.seeded(9));
      assertEquals(0.0, p.logEvidence().getAsDouble(), 0.0);
      assertEquals(1.0, p.diagnostics().acceptanceRate().getAsDouble(), 0.0);
    }
  }

  @Test
  void weightedDrawsAndDensitiesHaveLogWeightZero() {
    Rng rng = Rng.seeded(10);
    for (int i = 0; i < 200; i++) {
      assertEquals(0.0, Weighted.run(CONTINUOUS, rng).logWeight(), 0.0);
    }
    assertEquals(0.0, Density.of(CONTINUOUS, List.of(true, 0.1, 0.2, 0.3, 0.4, 0.5))
        .logLikelihood(), 0.0);
  }
}
