package org.ppl4j.pfn.tensor.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jcuda.driver.CUresult;
import org.junit.jupiter.api.Test;

/**
 * The parts of the GPU backend that need no GPU: the pool's size classes, the error messages of
 * failed driver calls, and that the committed PTX defines every kernel the backend launches.
 */
class GpuInternalsTest {

  /** Every kernel name the backend launches (GpuBackend, GpuAttention, MatrixProducts). */
  private static final List<String> LAUNCHED = List.of("gemm_tf32", "gemm_f32", "ew_add",
      "ew_axpy", "ew_scale", "add_row_vector", "gelu_forward", "gelu_backward",
      "column_sums_partial", "column_sums_finish", "sum_of_squares_partial",
      "layer_norm_forward", "layer_norm_backward_input", "softmax_rows", "softmax_backward_rows",
      "softmax_cross_entropy", "log_softmax_rows", "gather_rows", "scatter_rows_add",
      "mask_rows", "adam_step");

  @Test
  void sizeClassesHoldTheRequestAndWasteAtMostAnEighth() {
    assertEquals(256, DeviceMemoryPool.sizeClass(0));
    assertEquals(256, DeviceMemoryPool.sizeClass(256));
    assertEquals(512, DeviceMemoryPool.sizeClass(257));
    for (long n = 1; n < 50_000_000L; n = n * 3 / 2 + 1) {
      long c = DeviceMemoryPool.sizeClass(n);
      assertTrue(c >= n, "class " + c + " for " + n);
      assertTrue(c <= Math.max(256, n + n / 8 + 256), "class " + c + " wastes too much for " + n);
      assertEquals(c, DeviceMemoryPool.sizeClass(c), "a class is its own class");
    }
  }

  @Test
  void failedDriverCallsNameTheCallAndTheError() {
    GpuException e = assertThrows(GpuException.class,
        () -> CudaContext.check(CUresult.CUDA_ERROR_OUT_OF_MEMORY, "cuMemAlloc of 64.0 MiB"));
    assertTrue(e.getMessage().startsWith("cuMemAlloc of 64.0 MiB failed: "
        + "CUDA_ERROR_OUT_OF_MEMORY"), e.getMessage());
    CudaContext.check(CUresult.CUDA_SUCCESS, "nothing");
  }

  @Test
  void committedPtxDefinesEveryLaunchedKernel() {
    Set<String> defined = new HashSet<>();
    for (String module : Kernels.MODULES) {
      byte[] ptx = Kernels.ptxOf(module);
      assertEquals(0, ptx[ptx.length - 1], "PTX must be passed zero-terminated");
      String text = new String(ptx, 0, ptx.length - 1, StandardCharsets.US_ASCII);
      assertTrue(text.contains(".target sm_80"), module + " is not built for compute_80");
      defined.addAll(Kernels.kernelNames(text));
    }
    for (String k : LAUNCHED) {
      assertTrue(defined.contains(k), "no kernel " + k + " in " + defined);
    }
  }
}
