package org.ppl4j.pfn.tensor.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.ppl4j.pfn.Pfn;
import org.ppl4j.pfn.PfnArchitecture;
import org.ppl4j.pfn.PfnTrainConfig;
import org.ppl4j.pfn.PfnTrainer;
import org.ppl4j.pfn.evaluation.FixedBatchTraining;
import org.ppl4j.pfn.evaluation.HeldOutSet;
import org.ppl4j.pfn.evaluation.NllComparison;
import org.ppl4j.pfn.prior.GpPrior;
import org.ppl4j.pfn.tensor.Backend;
import org.ppl4j.pfn.tensor.Storage;
import org.ppl4j.pfn.tensor.cpu.CpuBackend;
import org.ppl4j.pfn.train.TrainingListener;
import org.ppl4j.semantics.random.Rng;

/**
 * Whole training steps on the GPU: step-by-step agreement of the loss with the CPU (fp32 and
 * TF32), no driver allocation once warm, clear errors for bad views, and a short training run
 * that must beat the prior predictive as the CPU's CI test does.
 */
@Tag("gpu")
class GpuTrainingTest {

  private static final PfnArchitecture SMALL = new PfnArchitecture(1, 64, 4, 2, 128, 128, 100);

  private static double[] losses(Backend be, int steps) {
    FixedBatchTraining t = new FixedBatchTraining(be, GpPrior.benchmark(), SMALL, 8, 64, 20, 5);
    double[] out = new double[steps];
    for (int i = 0; i < steps; i++) {
      out[i] = t.step(1e-3);
    }
    return out;
  }

  /*
   * Step 1's loss comes from identical parameters, so it differs only by the kernels' rounding:
   * fp32 about 1e-6 relative, TF32 about 1e-3: bounds 1e-5 and 3e-3. Later losses also carry
   * the parameter updates; their bounds are the CPU-derived 1e-4 (fp32: sums in another order)
   * and 1e-2 (TF32: about 1e-3 per product) relative over 6 steps at lr 1e-3. (They were
   * loosened to 1e-3 and 2e-2 by an argument about Adam's +-lr steps, before any GPU run; issue
   * 23 reverted that: a bound changes only with a measured GPU run, recorded here.)
   */

  @Test
  void fp32StepsFollowTheCpu() {
    double[] gpu = losses(GpuFixture.backend(GemmPrecision.FP32), 6);
    assertLossesClose(losses(CpuBackend.withThreads(1), 6), gpu, 1e-5, 1e-4);
  }

  @Test
  void tf32StepsFollowTheCpu() {
    double[] gpu = losses(GpuFixture.backend(GemmPrecision.TF32), 6);
    assertLossesClose(losses(CpuBackend.withThreads(1), 6), gpu, 3e-3, 1e-2);
  }

  private static void assertLossesClose(double[] cpu, double[] gpu, double firstTol,
      double laterTol) {
    for (int i = 0; i < cpu.length; i++) {
      double tol = i == 0 ? firstTol : laterTol;
      assertEquals(cpu[i], gpu[i], tol * Math.abs(cpu[i]),
          "loss at step " + (i + 1) + ": cpu " + cpu[i] + " gpu " + gpu[i]);
    }
  }

  @Test
  void warmTrainingStepsAllocateNothingFromTheDriver() {
    GpuBackend be = GpuFixture.backend(GemmPrecision.TF32);
    FixedBatchTraining t = new FixedBatchTraining(be, GpPrior.benchmark(), SMALL, 8, 64, 20, 6);
    for (int i = 0; i < 3; i++) {
      t.step(1e-3);
    }
    long warm = be.driverAllocations();
    for (int i = 0; i < 5; i++) {
      t.step(1e-3);
    }
    assertEquals(warm, be.driverAllocations(), "driver allocations in warm steps");
  }

  @Test
  void badViewsAreClearErrorsAndLeaveTheBackendUsable() {
    GpuBackend be = GpuFixture.backend(GemmPrecision.TF32);
    Storage a = be.allocate(100);
    Storage c = be.allocate(100);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> be.gemm(false, false, 20, 20, 20, 1f, a, 0, 20, a, 0, 20, 0f, c, 0, 20));
    assertTrue(e.getMessage().contains("matrix A"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> be.add(a, a, c, 101));
    be.fill(a, 1f);
    be.gemm(false, false, 10, 10, 10, 1f, a, 0, 10, a, 0, 10, 0f, c, 0, 10);
    assertEquals(10f, be.download(c)[99], 1e-6f);
  }

  /** As TinyPfnTrainingTest on the CPU: gain over the prior predictive with z &gt;= 4. */
  @Test
  void shortGpuTrainingBeatsThePriorPredictive() {
    GpPrior gp = GpPrior.benchmark();
    PfnArchitecture arch = new PfnArchitecture(1, 32, 2, 2, 64, 64, 50);
    PfnTrainConfig config = PfnTrainConfig.defaults().withSteps(300).withBatch(16).withPoints(32)
        .withLearningRate(3e-3).withBorderSamples(50_000).withSeed(1);
    Pfn net = new PfnTrainer(GpuFixture.backend(GemmPrecision.TF32)).train(gp, arch, config,
        TrainingListener.silent());
    HeldOutSet set = HeldOutSet.draw(gp, 10, 5, 400, Rng.seeded(2024));
    NllComparison c = NllComparison.evaluate(net, gp, set);
    double gain = NllComparison.meanDifference(c.prior(), c.pfn());
    double se = NllComparison.standardError(c.prior(), c.pfn());
    String report = String.format("seed 1, 300 steps, eval seed 2024, M 400: gain %.4f, se %.4f,"
        + " z %.2f", gain, se, gain / se);
    System.out.println(report);
    assertTrue(gain / se >= 4, report);
  }
}
