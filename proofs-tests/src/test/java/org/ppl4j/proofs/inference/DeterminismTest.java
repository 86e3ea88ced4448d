package org.ppl4j.proofs.inference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.ppl4j.inference.importance.Importance;
import org.ppl4j.inference.mh.Mh;
import org.ppl4j.inference.mh.MhConfig;
import org.ppl4j.inference.parallel.Parallelism;
import org.ppl4j.inference.pmmh.Pmmh;
import org.ppl4j.inference.pmmh.PmmhConfig;
import org.ppl4j.inference.resampling.Resampler;
import org.ppl4j.inference.rmsmc.Rmsmc;
import org.ppl4j.inference.rmsmc.RmsmcConfig;
import org.ppl4j.inference.smc.Smc;
import org.ppl4j.inference.smc.SmcConfig;
import org.ppl4j.inference.smc.SmcResult;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.random.Rng;

/** Results depend on the seed only: one thread and four threads give identical output. */
class DeterminismTest {
  static final Model<Double> MODEL = ReferenceModels.stateSpace(1, 0.9, 1, 1,
      ReferenceModels.simulateStateSpace(1, 0.9, 1, 1, 20, Rng.seeded(2)));

  static SmcConfig smc(int threads) {
    return new SmcConfig(1000, Resampler.stratified(), 0.5, new Parallelism(threads));
  }

  static void assertSame(SmcResult<?, Double> a, SmcResult<?, Double> b) {
    assertEquals(a.values(), b.values());
    assertArrayEquals(a.population().logWeights(), b.population().logWeights());
    assertEquals(a.logEvidence(), b.logEvidence(), 0.0);
    assertArrayEquals(a.essHistory(), b.essHistory());
  }

  @Test
  void smcImportanceAndRmsmcDoNotDependOnThreads() {
    assertSame(Smc.run(MODEL, smc(1), Rng.seeded(9)), Smc.run(MODEL, smc(4), Rng.seeded(9)));
    assertSame(Importance.run(MODEL, 1000, Rng.seeded(9), new Parallelism(1)),
        Importance.run(MODEL, 1000, Rng.seeded(9), new Parallelism(4)));
    assertSame(Rmsmc.run(MODEL, new RmsmcConfig(smc(1).withParticles(300), 2), Rng.seeded(9)),
        Rmsmc.run(MODEL, new RmsmcConfig(smc(4).withParticles(300), 2), Rng.seeded(9)));
  }

  @Test
  void mhAndPmmhDoNotDependOnThreads() {
    assertEquals(
        Mh.run(MODEL, new MhConfig(200, 50, 2, 4, new Parallelism(1)), Rng.seeded(9)).chains(),
        Mh.run(MODEL, new MhConfig(200, 50, 2, 4, new Parallelism(4)), Rng.seeded(9)).chains());
    assertEquals(
        Pmmh.run(MODEL, new PmmhConfig(20, 5, 2, smc(1).withParticles(200)), Rng.seeded(9))
            .chains(),
        Pmmh.run(MODEL, new PmmhConfig(20, 5, 2, smc(4).withParticles(200)), Rng.seeded(9))
            .chains());
  }
}
