package org.ppl4j.pfn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.ppl4j.pfn.prior.Dataset;
import org.ppl4j.pfn.prior.LinearPrior;
import org.ppl4j.pfn.tensor.cpu.CpuBackend;
import org.ppl4j.pfn.train.TrainingListener;
import org.ppl4j.semantics.random.Rng;

/**
 * The latent posterior head: a tiny PFN trained to predict the slope of the linear-model prior.
 *
 * <p>Statistic: over M = 300 held-out datasets (n = 8 points each, seed 31), the per-dataset
 * difference d = -log N(slope; 0, 1) (prior) - (-log q(slope | data)) (PFN); the test requires
 * mean(d) / se(d) &gt;= 4 (one-sided z test). The exact conjugate posterior's NLL is printed
 * for reference.
 */
class LatentHeadTrainingTest {

  @Test
  void latentHeadBeatsThePriorOnTheSlope() {
    LinearPrior prior = new LinearPrior(0.3);
    PfnArchitecture arch = new PfnArchitecture(1, 32, 2, 2, 64, 64, 40);
    PfnTrainConfig config = PfnTrainConfig.defaults().withSteps(300).withBatch(32).withPoints(16)
        .withLearningRate(3e-3).withBorderSamples(20_000).withTarget("slope").withSeed(3);
    Pfn net = new PfnTrainer(CpuBackend.create()).train(prior, arch, config,
        TrainingListener.silent());
    assertEquals("slope", net.target());
    Rng rng = Rng.seeded(31);
    int m = 300;
    double[] d = new double[m];
    double exactNll = 0;
    double pfnNll = 0;
    for (int i = 0; i < m; i++) {
      Dataset data = prior.sample(8, rng.split());
      double slope = data.latent("slope").orElseThrow();
      PointPrediction p = net.predictLatent(data.x(), data.y());
      double pfn = -p.logDensity(slope);
      double priorNll = 0.5 * Math.log(2 * Math.PI) + 0.5 * slope * slope;
      double[] post = prior.posteriorSlope(data.x(), data.y(), 8);
      double z = (slope - post[0]) / post[1];
      exactNll += (0.5 * Math.log(2 * Math.PI) + Math.log(post[1]) + 0.5 * z * z) / m;
      pfnNll += pfn / m;
      d[i] = priorNll - pfn;
    }
    double mean = Arrays.stream(d).average().orElseThrow();
    double var = Arrays.stream(d).map(v -> (v - mean) * (v - mean)).sum() / (m - 1);
    double se = Math.sqrt(var / m);
    String report = String.format("seed 3/31, M %d: PFN NLL %.4f, exact NLL %.4f, gain over "
        + "prior %.4f, se %.4f, z %.2f", m, pfnNll, exactNll, mean, se, mean / se);
    System.out.println(report);
    assertTrue(mean / se >= 4, report);
  }

  @Test
  void unknownLatentIsAClearError() {
    PfnTrainConfig config = PfnTrainConfig.defaults().withSteps(1).withBatch(2).withPoints(4)
        .withBorderSamples(1000).withTarget("noise");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new PfnTrainer(CpuBackend.withThreads(1)).train(new LinearPrior(0.3),
            new PfnArchitecture(1, 8, 2, 1, 8, 8, 10), config, TrainingListener.silent()));
    assertTrue(e.getMessage().contains("no latent named 'noise'"), e.getMessage());
  }
}
