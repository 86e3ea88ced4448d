package org.ppl4j.proofs.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ppl4j.semantics.dist.Distributions.bernoulli;
import static org.ppl4j.semantics.dist.Distributions.normal;
import static org.ppl4j.semantics.dist.Distributions.uniformInt;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ppl4j.semantics.dsl.Dsl;
import org.ppl4j.semantics.infer.Density;
import org.ppl4j.semantics.infer.Enumerator;
import org.ppl4j.semantics.infer.EnumeratorConfig;
import org.ppl4j.semantics.infer.Rejection;
import org.ppl4j.semantics.infer.RejectionConfig;
import org.ppl4j.semantics.infer.Sampler;
import org.ppl4j.semantics.infer.Weighted;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.random.Rng;

/** Long loops run through {@code resume()} in constant Java stack (the trampoline). */
class StackSafetyTest {

  /** A deterministic recursive loop of {@code n} binds: sum of 1..n. */
  private static Model<Long> countTo(long i, long n, long acc) {
    return i > n ? Model.pure(acc) : Model.pure(acc + i).flatMap(s -> countTo(i + 1, n, s));
  }

  @Test
  void millionDeterministicBindsAndLeftNestedBinds() {
    long n = 1_000_000;
    assertEquals(n * (n + 1) / 2, Sampler.draw(countTo(1, n, 0), Rng.seeded(1)));
    Model<Long> leftNested = Model.pure(0L);
    for (int i = 0; i < 1_000_000; i++) {
      leftNested = leftNested.map(x -> x + 1);
    }
    assertEquals(1_000_000L, Sampler.draw(leftNested, Rng.seeded(1)));
    Model<Integer> folded = Model.fold(Collections.nCopies(1_000_000, 1), 0,
        (acc, x) -> Model.pure(acc + x));
    assertEquals(1_000_000, Enumerator.run(folded, EnumeratorConfig.defaults()).draws().values().get(0));
  }

  @Test
  void hundredThousandDrawsAndScores() {
    int n = 100_000;
    Model<List<Boolean>> flips = Model.replicate(n, Model.sample(bernoulli(0.5)));
    assertEquals(n, Sampler.draw(flips, Rng.seeded(2)).size());
    assertEquals(n, Sampler.draw(Dsl.sampleArray(n, i -> normal(i, 1)), Rng.seeded(2)).length);
    Model<Integer> loop = Dsl.forRange(1_000_000, i -> Dsl.pure(i)).then(Dsl.pure(7));
    assertEquals(7, Rejection.run(loop, RejectionConfig.defaults().withSamples(1), Rng.seeded(2))
        .draws().values().get(0));
    Model<Integer> scored = Model.fold(Collections.nCopies(n, 0), 0,
        (acc, x) -> Model.sample(uniformInt(0, 1)).flatMap(k -> Model.factor(-1e-3).then(Model.pure(acc + 1 + k))));
    Weighted<Integer> w = Weighted.run(scored, Rng.seeded(3));
    assertEquals(n, w.value());
    assertEquals(-1e-3 * n, w.logWeight(), 1e-6);
    Density<Integer> d = Density.of(scored, Collections.nCopies(n, 0));
    assertEquals(-1e-3 * n, d.logLikelihood(), 1e-6);
    assertEquals(n, Enumerator.run(scored, EnumeratorConfig.defaults()).draws().values().get(0));
  }
}
