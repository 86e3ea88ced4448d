package org.ppl4j.semantics.dsl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ppl4j.semantics.dsl.Dsl.condition;
import static org.ppl4j.semantics.dsl.Dsl.factor;
import static org.ppl4j.semantics.dsl.Dsl.forEach;
import static org.ppl4j.semantics.dsl.Dsl.forRange;
import static org.ppl4j.semantics.dsl.Dsl.observe;
import static org.ppl4j.semantics.dsl.Dsl.pure;
import static org.ppl4j.semantics.dsl.Dsl.replicate;
import static org.ppl4j.semantics.dsl.Dsl.sample;
import static org.ppl4j.semantics.dsl.Dsl.sampleArray;
import static org.ppl4j.semantics.dist.Distributions.bernoulli;
import static org.ppl4j.semantics.dist.Distributions.normal;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ppl4j.semantics.infer.Density;
import org.ppl4j.semantics.infer.Enumerator;
import org.ppl4j.semantics.infer.EnumeratorConfig;
import org.ppl4j.semantics.infer.Sampler;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.random.Rng;

class DslTest {
  private static final double[] YS = {0.3, -0.2, 1.1};

  private static Model<Double> monadicMean() {
    return sample(normal(0, 2)).flatMap(mu ->
        forEach(YS, y -> observe(normal(mu, 1), y)).then(pure(mu)));
  }

  private static Model<Double> directMean() {
    return Direct.model(ctx -> {
      double mu = ctx.sample(normal(0, 2));
      for (double y : YS) {
        ctx.observe(normal(mu, 1), y);
      }
      return mu;
    });
  }

  @Test
  void monadicAndDirectFormsDenoteTheSameModel() {
    Density<Double> a = Density.of(monadicMean(), List.of(0.4));
    Density<Double> b = Density.of(directMean(), List.of(0.4));
    assertEquals(a.logPrior(), b.logPrior(), 1e-15);
    assertEquals(a.logLikelihood(), b.logLikelihood(), 1e-15);
    assertEquals(Sampler.draw(monadicMean(), Rng.seeded(5)), Sampler.draw(directMean(), Rng.seeded(5)));
  }

  @Test
  void directFormEnumeratesLikeTheMonadicForm() {
    Model<Integer> monadic = sample(bernoulli(0.3)).flatMap(a -> sample(bernoulli(0.6)).flatMap(b ->
        condition(a || b).then(pure((a ? 1 : 0) + (b ? 1 : 0)))));
    Model<Integer> direct = Direct.model(ctx -> {
      boolean a = ctx.sample(bernoulli(0.3));
      boolean b = ctx.sample(bernoulli(0.6));
      ctx.condition(a || b);
      return (a ? 1 : 0) + (b ? 1 : 0);
    });
    Posterior<Integer> x = Enumerator.run(monadic, EnumeratorConfig.defaults());
    Posterior<Integer> y = Enumerator.run(direct, EnumeratorConfig.defaults());
    assertEquals(x.logEvidence().getAsDouble(), y.logEvidence().getAsDouble(), 1e-15);
    assertEquals(x.draws().values(), y.draws().values());
    assertArrayEquals(x.draws().logWeights(), y.draws().logWeights(), 1e-15);
  }

  @Test
  void combinatorsBuildArraysAndLists() {
    double[] xs = Sampler.draw(sampleArray(4, i -> normal(10 * i, 1e-9)), Rng.seeded(1));
    assertArrayEquals(new double[] {0, 10, 20, 30}, xs, 1e-6);
    assertEquals(5, Sampler.draw(replicate(5, sample(bernoulli(0.5))), Rng.seeded(1)).size());
    Density<Integer> d = Density.of(forRange(3, i -> factor(-i)).then(pure(1)), List.of());
    assertEquals(-3.0, d.logLikelihood(), 0.0);
  }

  @Test
  void badArgumentsFailFastNamingTheValue() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> observe(normal(0, 1), Double.NaN))
        .getMessage().contains("normal is NaN"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> factor(Double.NaN))
        .getMessage().contains("factor: the log weight is NaN"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> forRange(-2, i -> pure(1)))
        .getMessage().contains("got -2"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> replicate(-3, pure(1)))
        .getMessage().contains("got -3"));
    assertTrue(assertThrows(NullPointerException.class, () -> sample(null))
        .getMessage().contains("sample: the distribution is null"));
  }
}
