package org.ppl4j.runner.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.ppl4j.inference.importance.Importance;
import org.ppl4j.inference.parallel.Parallelism;
import org.ppl4j.inference.smc.Smc;
import org.ppl4j.inference.smc.SmcConfig;
import org.ppl4j.semantics.dist.Distributions;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.random.Rng;

/**
 * Progress of particle methods: the reporting model gives exactly the same results as the
 * model (same draws, weights and evidence for the same seed), the task's total is particles
 * times the scores of a pilot run, and every score a particle passes is one unit.
 */
class ScoreProgressTest {
  /** A coin with five observed flips: five scores on every run. */
  private static final Model<Double> COIN = Model.sample(Distributions.beta(1, 1)).flatMap(p ->
      Model.forEach(List.of(true, false, true, true, false),
          f -> Model.observe(Distributions.bernoulli(p), f)).then(Model.pure(p)));

  private static final class Recording implements Progress {
    final List<String> tasks = new ArrayList<>();
    final List<Long> totals = new ArrayList<>();
    final AtomicLong units = new AtomicLong();

    @Override
    public void begin(String task, long totalUnits) {
      tasks.add(task);
      totals.add(totalUnits);
    }

    @Override
    public void advance(long n) {
      units.addAndGet(n);
    }

    @Override
    public void end() {}
  }

  @Test
  void smcWithProgressGivesTheSameResultAndCountsEveryScore() {
    SmcConfig config = SmcConfig.defaults().withParticles(300);
    Recording progress = new Recording();
    var plain = Smc.run(COIN, config, Rng.seeded(4));
    var reported = Smc.run(ScoreProgress.counted(COIN, "smc", 300, progress), config,
        Rng.seeded(4));
    assertEquals(plain.values(), reported.values());
    assertEquals(plain.logEvidence(), reported.logEvidence(), 0.0);
    assertEquals(List.of("smc"), progress.tasks);
    assertEquals(List.of(300L * 5), progress.totals);
    assertEquals(300L * 5, progress.units.get());
  }

  @Test
  void importanceWithProgressGivesTheSameResult() {
    Recording progress = new Recording();
    var plain = Importance.run(COIN, 200, Rng.seeded(9), new Parallelism(2));
    var reported = Importance.run(ScoreProgress.counted(COIN, "importance", 200, progress),
        200, Rng.seeded(9), new Parallelism(2));
    assertEquals(plain.values(), reported.values());
    assertEquals(plain.logEvidence(), reported.logEvidence(), 0.0);
    assertEquals(200L * 5, progress.units.get());
  }

  @Test
  void silentProgressLeavesTheModelAlone() {
    assertSame(COIN, ScoreProgress.counted(COIN, "smc", 10, Progress.silent()));
  }
}
