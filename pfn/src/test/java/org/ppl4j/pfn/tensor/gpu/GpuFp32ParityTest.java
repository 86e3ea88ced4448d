package org.ppl4j.pfn.tensor.gpu;

import org.junit.jupiter.api.Tag;
import org.ppl4j.pfn.tensor.Backend;

/**
 * The {@link BackendParitySuite} on the GPU with fp32 products: every kernel is fp32, summing in
 * another order than the CPU, so the bound is 1e-5 except for attention's chained products and
 * softmax, 3e-5.
 */
@Tag("gpu")
class GpuFp32ParityTest extends BackendParitySuite {

  @Override
  Backend candidate() {
    return GpuFixture.backend(GemmPrecision.FP32);
  }

  @Override
  double gemmTolerance() {
    return 1e-5;
  }

  @Override
  double attentionTolerance() {
    return 3e-5;
  }
}
