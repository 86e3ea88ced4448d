package org.ppl4j.proofs.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.ppl4j.inference.kernels.Proposal;
import org.ppl4j.inference.mh.MhConfig;
import org.ppl4j.inference.parallel.Parallelism;
import org.ppl4j.inference.rwmh.AdaptiveMh;
import org.ppl4j.inference.rwmh.AdaptiveMhConfig;
import org.ppl4j.inference.tempered.TemperedSmc;
import org.ppl4j.inference.tempered.TemperedSmcConfig;
import org.ppl4j.inference.tempered.TemperedSmcResult;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.random.Rng;

/**
 * A seed gives one answer whatever the number of threads: tempered SMC (300 particles, on the
 * changing-structure program of {@link ChangingStructureTest} and a normal mean) and adaptive
 * MH (4 chains) with one thread and with four give identical draws and evidence (no tolerance).
 */
class TemperedDeterminismTest {

  static <A> TemperedSmcResult<A> tempered(Model<A> model, int threads) {
    return TemperedSmc.run(model, TemperedSmcConfig.defaults().withParticles(300)
        .withParallelism(new Parallelism(threads)), Rng.seeded(9));
  }

  @Test
  void temperedSmcDependsOnTheSeedOnly() {
    double[] ys = ReferenceModels.simulateStateSpace(1, 1, 0, 1, 10, Rng.seeded(3));
    for (Model<Double> model : java.util.List.of(ChangingStructureTest.model(),
        ReferenceModels.stateSpace(1, 1, 0, 1, ys))) {
      TemperedSmcResult<Double> one = tempered(model, 1);
      TemperedSmcResult<Double> four = tempered(model, 4);
      assertEquals(one.values(), four.values());
      assertEquals(one.logEvidence(), four.logEvidence());
    }
  }

  @Test
  void adaptiveMhDependsOnTheSeedOnly() {
    Model<Double> model = ChangingStructureTest.model();
    for (Proposal proposal : Proposal.values()) {
      var one = AdaptiveMh.run(model, new AdaptiveMhConfig(
          new MhConfig(200, 100, 1, 4, Parallelism.sequential()), proposal, 1.0), Rng.seeded(9));
      var four = AdaptiveMh.run(model, new AdaptiveMhConfig(
          new MhConfig(200, 100, 1, 4, new Parallelism(4)), proposal, 1.0), Rng.seeded(9));
      assertEquals(one.chains(), four.chains());
    }
  }
}
