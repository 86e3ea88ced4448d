package org.ppl4j.pfn.tensor.gpu;

import org.junit.jupiter.api.Tag;
import org.ppl4j.pfn.tensor.Backend;

/**
 * The {@link BackendParitySuite} on the GPU with TF32 tensor-core products. TF32 keeps 10 bits
 * of mantissa (unit roundoff 2^-11, about 4.9e-4), so a product's error relative to the
 * largest output is a few 1e-4 on Gaussian inputs: bound 3e-3. Attention chains two products
 * around a softmax (and three in the backward pass): bound 1e-2. Elementwise kernels are fp32:
 * bound 1e-5.
 */
@Tag("gpu")
class GpuTf32ParityTest extends BackendParitySuite {

  @Override
  Backend candidate() {
    return GpuFixture.backend(GemmPrecision.TF32);
  }

  @Override
  double gemmTolerance() {
    return 3e-3;
  }

  @Override
  double attentionTolerance() {
    return 1e-2;
  }
}
