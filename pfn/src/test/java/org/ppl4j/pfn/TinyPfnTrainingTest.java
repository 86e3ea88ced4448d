package org.ppl4j.pfn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ppl4j.pfn.evaluation.HeldOutSet;
import org.ppl4j.pfn.evaluation.NllComparison;
import org.ppl4j.pfn.prior.GpPrior;
import org.ppl4j.pfn.tensor.cpu.CpuBackend;
import org.ppl4j.pfn.train.TrainingListener;
import org.ppl4j.semantics.random.Rng;

/**
 * The CI training test of the PFN: a tiny network trained briefly on the benchmark GP prior must
 * predict held-out data better than the prior predictive.
 *
 * <p>Statistic: over M held-out datasets (n = 10 context points, 5 test points each), the
 * per-dataset difference d = NLL(prior predictive) - NLL(PFN); the test requires
 * mean(d) / se(d) &gt;= 4 (one-sided z test, false-alarm rate about 3e-5 if the PFN were no better
 * than the prior), i.e. the margin is derived from the spread of this run's own evaluation.
 */
class TinyPfnTrainingTest {

  @Test
  void tinyPfnBeatsThePriorPredictive() {
    GpPrior gp = GpPrior.benchmark();
    PfnArchitecture arch = new PfnArchitecture(1, 32, 2, 2, 64, 64, 50);
    PfnTrainConfig config = PfnTrainConfig.defaults().withSteps(STEPS).withBatch(16).withPoints(32)
        .withLearningRate(3e-3).withBorderSamples(50_000).withSeed(1);
    Pfn net = new PfnTrainer(CpuBackend.create()).train(gp, arch, config,
        TrainingListener.silent());
    int m = 400;
    long evalSeed = 2024;
    HeldOutSet set = HeldOutSet.draw(gp, 10, 5, m, Rng.seeded(evalSeed));
    NllComparison c = NllComparison.evaluate(net, gp, set);
    double gain = NllComparison.meanDifference(c.prior(), c.pfn());
    double se = NllComparison.standardError(c.prior(), c.pfn());
    String report = String.format("train seed %d, %d steps; eval seed %d, M %d: prior NLL %.4f, "
        + "PFN NLL %.4f, exact GP NLL %.4f, gain %.4f, se %.4f, z %.2f", config.seed(), STEPS,
        evalSeed, m, NllComparison.mean(c.prior()), NllComparison.mean(c.pfn()),
        NllComparison.mean(c.exact()), gain, se, gain / se);
    System.out.println(report);
    assertTrue(gain / se >= 4, report);
  }

  private static final int STEPS = 300;
}
