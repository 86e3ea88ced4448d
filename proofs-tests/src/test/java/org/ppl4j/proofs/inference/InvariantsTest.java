package org.ppl4j.proofs.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ppl4j.inference.parallel.Parallelism;
import org.ppl4j.inference.population.Population;
import org.ppl4j.inference.population.ZeroWeightException;
import org.ppl4j.inference.resampling.Resampler;
import org.ppl4j.inference.sequential.Sequential;
import org.ppl4j.inference.smc.Smc;
import org.ppl4j.inference.smc.SmcConfig;
import org.ppl4j.inference.smc.SmcResult;
import org.ppl4j.inference.traced.SingleSiteMh;
import org.ppl4j.inference.traced.Trace;
import org.ppl4j.inference.traced.Traced;
import org.ppl4j.semantics.math.SpecialFunctions;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.random.Rng;

/**
 * Invariants that need no tolerance (validation layer 1): resampling keeps the particle count
 * and the total weight and never picks a dead particle; pushing evidence normalises the weights
 * without changing the evidence estimate; SMC on a program without scores is forward sampling
 * with log evidence 0; a rejected MH proposal leaves the trace as it was.
 */
class InvariantsTest {

  static Population<Sequential<Integer>> population(double[] logWeights) {
    List<Sequential<Integer>> ps = new ArrayList<>();
    for (int i = 0; i < logWeights.length; i++) {
      ps.add(new Sequential<>(Model.pure(i), logWeights[i], 0, true));
    }
    return Population.of(ps, 1.5);
  }

  @Test
  void resamplingKeepsCountAndTotalWeightAndSkipsDeadParticles() {
    Rng rng = Rng.seeded(7);
    for (Resampler resampler : Resampler.all()) {
      for (int trial = 0; trial < 200; trial++) {
        int n = 1 + rng.nextInt(40);
        double[] lw = new double[n];
        for (int i = 0; i < n; i++) {
          lw[i] = rng.nextInt(4) == 0 ? Double.NEGATIVE_INFINITY : 30 * rng.nextGaussian();
        }
        lw[rng.nextInt(n)] = 0.0;
        Population<Sequential<Integer>> before = population(lw);
        Population<Sequential<Integer>> after = before.resample(resampler, rng);
        assertEquals(n, after.size(), resampler.name() + ": count");
        assertEquals(before.logEvidenceEstimate(), after.logEvidenceEstimate(),
            1e-12 * Math.max(1, Math.abs(before.logEvidenceEstimate())),
            resampler.name() + ": total weight");
        for (Sequential<Integer> p : after.particles()) {
          int index = p.value();
          assertTrue(lw[index] > Double.NEGATIVE_INFINITY,
              resampler.name() + " chose dead particle " + index);
        }
      }
    }
  }

  @Test
  void pushAndExtractEvidenceNormaliseWithoutChangingTheEstimate() {
    double[] lw = {-3.0, 0.5, Double.NEGATIVE_INFINITY, 700.0};
    Population<Sequential<Integer>> before = population(lw);
    Population<Sequential<Integer>> after = before.pushEvidence();
    double sum = 0;
    for (double w : after.logWeights()) {
      sum += Math.exp(w);
    }
    assertEquals(1.0, sum, 1e-12);
    assertEquals(before.logEvidenceEstimate(), after.logEvidenceEstimate(), 1e-12);
    assertEquals(0.0, SpecialFunctions.logSumExp(after.logWeights()), 1e-12);
    Population.Extracted<Sequential<Integer>> extracted = before.extractEvidence();
    assertEquals(before.logEvidenceEstimate(), extracted.logEvidence(), 1e-12);
    assertEquals(0.0, extracted.population().logEvidence(), 0.0);
    assertEquals(0.0, extracted.population().logEvidenceEstimate(), 1e-12);
  }

  @Test
  void smcWithoutScoresIsForwardSamplingWithLogEvidenceZero() {
    Model<Double> model = Model.sample(new TestDists.Normal(0, 1))
        .flatMap(x -> Model.sample(new TestDists.Normal(x, 2)).map(y -> x + y));
    SmcResult<Sequential<Double>, Double> r =
        Smc.run(model, new SmcConfig(500, Resampler.systematic(), 1.0, new Parallelism(2)),
            Rng.seeded(5));
    assertEquals(0.0, r.logEvidence(), 0.0);
    assertEquals(0, r.resamplings());
    Rng forward = Rng.seeded(5);
    for (int i = 0; i < 500; i++) {
      Rng particle = forward.split();
      double x = new TestDists.Normal(0, 1).sample(particle);
      double expected = x + new TestDists.Normal(x, 2).sample(particle);
      assertEquals(expected, r.values().get(i), 0.0, "particle " + i);
      assertEquals(-Math.log(500), r.population().logWeights()[i], 1e-15);
    }
  }

  @Test
  void aRejectedProposalLeavesTheTraceUnchanged() {
    Model<Double> model = ReferenceModels.betaBernoulli(2, 2,
        ReferenceModels.flips(30, 0.8, Rng.seeded(3)));
    Trace<Double> trace = Traced.run(model, Integer.MAX_VALUE, Rng.seeded(4));
    int rejections = 0;
    for (long seed = 0; seed < 300; seed++) {
      List<Object> valuesBefore = trace.choices().stream().map(c -> c.value()).toList();
      Trace<Double> stepped = SingleSiteMh.step(trace, Rng.seeded(seed));
      Rng replay = Rng.seeded(seed);
      SingleSiteMh.Proposal<Double> p = SingleSiteMh.propose(trace, replay);
      boolean accepted = SingleSiteMh.accept(p.logAcceptanceRatio(), replay);
      if (accepted) {
        assertEquals(p.trace().choices().stream().map(c -> c.value()).toList(),
            stepped.choices().stream().map(c -> c.value()).toList());
        trace = stepped;
      } else {
        rejections++;
        assertSame(trace, stepped, "seed " + seed);
        assertEquals(valuesBefore, stepped.choices().stream().map(c -> c.value()).toList());
      }
    }
    assertTrue(rejections > 10, "too few rejections to test: " + rejections);
  }

  @Test
  void anErrorInsideAParticleReachesTheCallerUnwrapped() {
    Model<Double> model = Model.sample(new TestDists.Normal(0, 1)).flatMap(x -> {
      if (x > 2) {
        throw new IllegalArgumentException("normal: sigma must be > 0, got -1");
      }
      return Model.observe(new TestDists.Normal(x, 1), 0.5).then(Model.pure(x));
    });
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Smc.run(
        model, SmcConfig.defaults().withParticles(2000).withParallelism(new Parallelism(4)),
        Rng.seeded(1)));
    assertEquals("normal: sigma must be > 0, got -1", e.getMessage());
  }

  @Test
  void allParticlesDeadIsAnErrorNamingTheLastScoreReached() {
    Model<Integer> model = Model.observe(new TestDists.Normal(0, 1), 0.3)
        .then(Model.factor(-1.0))
        .then(Model.sample(new Flip(1, 2)))
        .flatMap(b -> Model.condition(false).then(Model.pure(1)));
    ZeroWeightException e = assertThrows(ZeroWeightException.class,
        () -> Smc.run(model, SmcConfig.defaults().withParticles(100), Rng.seeded(1)));
    assertEquals(3, e.scoreIndex());
    assertTrue(e.getMessage().contains("number 3"), e.getMessage());
    assertFalse(e.getMessage().contains("Exception") || e.getMessage().contains("java"));
  }
}
