package org.ppl4j.semantics.infer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ppl4j.semantics.dist.Distributions.bernoulli;
import static org.ppl4j.semantics.dist.Distributions.normal;
import static org.ppl4j.semantics.dist.Distributions.uniformInt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.random.Rng;

/** Sampler, Weighted and Density on small models. */
class RepresentationsTest {
  private static final long SEED = 7L;

  @Test
  void samplerIgnoresScoresAndDrawsFromThePrior() {
    int n = 20_000;
    Model<Boolean> m = Model.sample(bernoulli(0.3)).flatMap(b -> Model.condition(false).then(Model.pure(b)));
    Posterior<Boolean> p = Sampler.run(m, new SamplerConfig(n), Rng.seeded(SEED));
    double mean = p.mean("value");
    double se = Math.sqrt(0.3 * 0.7 / n);
    assertTrue(Math.abs(mean - 0.3) <= 4.5 * se, "seed " + SEED + " N " + n + " mean " + mean);
    assertTrue(p.logEvidence().isEmpty(), "forward sampling gives no evidence");
  }

  @Test
  void samplerIsReproducibleFromTheSeed() {
    Model<Double> m = Model.sample(normal(0, 1));
    assertReproducibleNormalDraws(rng -> Sampler.draw(m, rng));
  }

  /** The broken twin: a sampler that ignores its generator must fail the same check. */
  @Test
  void aConstantSamplerFailsTheReproducibilityCheck() {
    assertThrows(AssertionError.class, () -> assertReproducibleNormalDraws(rng -> 0.0));
  }

  /**
   * The same seed gives the same draw, different seeds different draws, and N = 2,000 draws
   * from seed 7 have the mean and variance of N(0, 1): |mean| &lt;= 4.5 / sqrt(N) and
   * |variance - 1| &lt;= 4.5 sqrt(2 / N) (the standard errors for normal draws).
   */
  static void assertReproducibleNormalDraws(java.util.function.Function<Rng, Double> draw) {
    assertEquals(draw.apply(Rng.seeded(3)), draw.apply(Rng.seeded(3)));
    assertTrue(!draw.apply(Rng.seeded(3)).equals(draw.apply(Rng.seeded(4))),
        "seeds 3 and 4 gave the same draw");
    int n = 2000;
    Rng rng = Rng.seeded(SEED);
    double sum = 0;
    double squares = 0;
    for (int i = 0; i < n; i++) {
      double x = draw.apply(rng);
      sum += x;
      squares += x * x;
    }
    double mean = sum / n;
    double variance = squares / n - mean * mean;
    assertTrue(Math.abs(mean) <= 4.5 / Math.sqrt(n)
        && Math.abs(variance - 1) <= 4.5 * Math.sqrt(2.0 / n),
        "seed " + SEED + " N " + n + ": mean " + mean + ", variance " + variance);
  }

  @Test
  void weightedAccumulatesEveryScore() {
    Model<Double> m = Model.sample(normal(0, 1)).flatMap(x ->
        Model.observe(normal(x, 1), 0.5).then(Model.factor(-2.0)).then(Model.pure(x)));
    Weighted<Double> w = Weighted.run(m, Rng.seeded(SEED));
    assertEquals(normal(w.value(), 1).logDensity(0.5) - 2.0, w.logWeight(), 1e-12);
  }

  @Test
  void densityReplaysATraceAndSplitsPriorFromLikelihood() {
    Model<Integer> m = Model.sample(normal(0, 2)).flatMap(x -> Model.sample(uniformInt(0, 4))
        .flatMap(k -> Model.observe(normal(x, 1), 1.0).then(Model.pure(k))));
    Density<Integer> d = Density.of(m, List.of(0.5, 3));
    assertEquals(3, d.value());
    assertEquals(normal(0, 2).logDensity(0.5) - Math.log(4), d.logPrior(), 1e-12);
    assertEquals(normal(0.5, 1).logDensity(1.0), d.logLikelihood(), 1e-12);
    assertEquals(d.logPrior() + d.logLikelihood(), d.logDensity(), 1e-12);
  }

  @Test
  void densityRejectsTracesThatDoNotFit() {
    Model<Double> m = Model.sample(normal(0, 1));
    var shortTrace = assertThrows(InferenceException.class, () -> Density.of(m, List.of()));
    assertTrue(shortTrace.getMessage().contains("makes more"), shortTrace.getMessage());
    var longTrace = assertThrows(InferenceException.class, () -> Density.of(m, List.of(1.0, 2.0)));
    assertTrue(longTrace.getMessage().contains("only 1"), longTrace.getMessage());
    var wrongType = assertThrows(InferenceException.class, () -> Density.of(m, List.of("x")));
    assertTrue(wrongType.getMessage().contains("(x)") && wrongType.getMessage().contains("normal"),
        wrongType.getMessage());
  }
}
