package org.ppl4j.pfn.tensor.gpu;

import org.ppl4j.pfn.tensor.Backend;
import org.ppl4j.pfn.tensor.cpu.CpuBackend;

/**
 * Runs the {@link BackendParitySuite} with the CPU backend on three threads as the candidate:
 * on every machine this checks the suite's own inputs, shapes and comparisons (the GPU runs the
 * same suite under the {@code gpu} tag). The CPU's results do not depend on the thread count,
 * so the bounds are those of fp32 arithmetic.
 */
class CpuThreadsParityTest extends BackendParitySuite {

  private final Backend backend = CpuBackend.withThreads(3);

  @Override
  Backend candidate() {
    return backend;
  }

  @Override
  double gemmTolerance() {
    return 1e-5;
  }

  @Override
  double attentionTolerance() {
    return 1e-5;
  }
}
