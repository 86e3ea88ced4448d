package org.ppl4j.proofs.inference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.ppl4j.inference.gibbs.ParticleGibbs;
import org.ppl4j.inference.gibbs.ParticleGibbsConfig;
import org.ppl4j.inference.parallel.Chains;
import org.ppl4j.inference.parallel.Parallelism;
import org.ppl4j.inference.population.Block;
import org.ppl4j.inference.population.Population;
import org.ppl4j.inference.population.Sweep;
import org.ppl4j.inference.resampling.Resampler;
import org.ppl4j.inference.sequential.Sequential;
import org.ppl4j.inference.smc.Smc;
import org.ppl4j.inference.smc.SmcConfig;
import org.ppl4j.inference.smc.SmcResult;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.random.Rng;

/**
 * The population blocks and their combinators, with no tolerance: {@code sequentially} is the
 * SMC loop written out by hand (same draws, same numbers), {@code thenIfChanged} moves only
 * after a resampling, the ESS history has one entry per suspension, and chains get the
 * generators split in index order whatever the number of threads.
 */
class BlocksTest {
  static final Model<Double> MODEL = ReferenceModels.stateSpace(1, 0.9, 1, 1,
      ReferenceModels.simulateStateSpace(1, 0.9, 1, 1, 12, Rng.seeded(3)));

  /** SMC as the explicit loop {@code finish ∘ (resampleIfDegenerate ∘ advance)^k ∘ spawn}. */
  static SmcResult<Sequential<Double>, Double> handWrittenSmc(SmcConfig config, Rng rng) {
    Population<Sequential<Double>> p =
        Population.spawn(config.particles(), Sequential.start(MODEL, 0.0));
    List<Double> ess = new ArrayList<>();
    int resamplings = 0;
    while (true) {
      p = p.advance(rng, config.parallelism());
      if (p.allFinished()) {
        break;
      }
      ess.add(p.kishEss());
      Population<Sequential<Double>> next =
          p.resampleIfDegenerate(config.essThreshold(), config.resampler(), rng);
      resamplings += next == p ? 0 : 1;
      p = next;
    }
    double[] history = ess.stream().mapToDouble(Double::doubleValue).toArray();
    return SmcResult.of(new Sweep<>(p, history, resamplings), Sequential::value);
  }

  @Test
  void sequentiallyIsTheSmcLoopDrawForDraw() {
    SmcConfig config = new SmcConfig(300, Resampler.systematic(), 0.5, Parallelism.sequential());
    SmcResult<Sequential<Double>, Double> blocks = Smc.run(MODEL, config, Rng.seeded(5));
    SmcResult<Sequential<Double>, Double> loop = handWrittenSmc(config, Rng.seeded(5));
    assertEquals(loop.values(), blocks.values());
    assertArrayEquals(loop.population().logWeights(), blocks.population().logWeights());
    assertEquals(loop.logEvidence(), blocks.logEvidence(), 0.0);
    assertArrayEquals(loop.essHistory(), blocks.essHistory());
    assertEquals(loop.resamplings(), blocks.resamplings());
    assertEquals(12, blocks.essHistory().length, "one ESS per score before the end");
  }

  @Test
  void thenIfChangedMovesOnlyAfterAResampling() {
    AtomicInteger moves = new AtomicInteger();
    Block<Sequential<Double>> move = Block.move((p, r) -> {
      moves.incrementAndGet();
      return p;
    }, Parallelism.sequential());
    Population<Sequential<Double>> even = Population.spawn(10, Sequential.start(MODEL, 0.0));
    Block<Sequential<Double>> resampleMove = Block.<Sequential<Double>>resampleIfDegenerate(
        0.5, Resampler.systematic()).thenIfChanged(move);
    assertSame(even, resampleMove.apply(even, Rng.seeded(1)), "equal weights: no resampling");
    assertEquals(0, moves.get());
    Population<Sequential<Double>> advanced =
        Block.<Sequential<Double>>advance(Parallelism.sequential()).apply(even, Rng.seeded(1));
    Block.<Sequential<Double>>resample(Resampler.systematic()).thenIfChanged(move)
        .apply(advanced, Rng.seeded(2));
    assertEquals(10, moves.get(), "one move per particle after a resampling");
  }

  @Test
  void finishIsAdvanceRepeatedWithTheSameDraws() {
    Sequential<Double> start = Sequential.start(MODEL, 0.0);
    Rng a = Rng.seeded(8);
    Rng b = Rng.seeded(8);
    Sequential<Double> finished = start.finish(a);
    Sequential<Double> p = start;
    while (!p.finished()) {
      p = p.advance(b);
    }
    assertEquals(p.value(), finished.value());
    assertEquals(p.logWeight(), finished.logWeight(), 0.0);
    assertEquals(12, finished.scores());
  }

  @Test
  void chainsGetTheGeneratorsSplitInIndexOrderWhateverTheThreads() {
    Rng rng = Rng.seeded(4);
    List<Double> expected = new ArrayList<>();
    for (int c = 0; c < 6; c++) {
      expected.add(rng.split().nextDouble());
    }
    for (int threads : new int[] {1, 3}) {
      assertEquals(expected, Chains.run(6, Rng.seeded(4), new Parallelism(threads),
          (c, r) -> r.nextDouble()));
    }
  }

  @Test
  void particleGibbsChainsDoNotDependOnThreads() {
    assertEquals(
        ParticleGibbs.run(MODEL, new ParticleGibbsConfig(30, 5, 20, 4, new Parallelism(1)),
            Rng.seeded(6)).chains(),
        ParticleGibbs.run(MODEL, new ParticleGibbsConfig(30, 5, 20, 4, new Parallelism(4)),
            Rng.seeded(6)).chains());
  }
}
