package org.ppl4j.pfn.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ppl4j.pfn.PfnArchitecture;
import org.ppl4j.pfn.prior.GpPrior;
import org.ppl4j.pfn.tensor.Backend;
import org.ppl4j.pfn.tensor.cpu.CpuBackend;

/**
 * The benchmark's fixed-batch training on the CPU: a seed fixes the network, the batch and so
 * every loss (identical with 1 and 2 threads), and steps on one batch drive its loss down (an
 * invariant of gradient descent at a small learning rate, so no tolerance is needed beyond
 * "lower").
 */
class FixedBatchTrainingTest {

  private static final PfnArchitecture ARCH = new PfnArchitecture(1, 16, 2, 1, 32, 32, 20);

  private static double[] losses(Backend be, int steps) {
    FixedBatchTraining t = new FixedBatchTraining(be, GpPrior.benchmark(), ARCH, 4, 24, 10, 3);
    double[] out = new double[steps];
    for (int i = 0; i < steps; i++) {
      out[i] = t.step(3e-3);
    }
    return out;
  }

  @Test
  void seedFixesTheLossesAndStepsLowerThem() {
    double[] one = losses(CpuBackend.withThreads(1), 30);
    double[] two = losses(CpuBackend.withThreads(2), 30);
    assertArrayEquals(one, two, 0.0, "thread count changed the losses");
    assertTrue(one[29] < one[0] - 0.1, "loss " + one[0] + " -> " + one[29]);
  }
}
