package org.ppl4j.pfn.tensor.gpu;

/** How the GPU backend multiplies matrices. */
public enum GemmPrecision {
  /**
   * Tensor cores with TF32 inputs (10-bit mantissa, rounded to nearest) and fp32 accumulation:
   * relative error about 1e-3 of the CPU's fp32 result.
   */
  TF32,
  /** Plain fp32 fused multiply-adds: agrees with the CPU to about 1e-5, several times slower. */
  FP32
}
