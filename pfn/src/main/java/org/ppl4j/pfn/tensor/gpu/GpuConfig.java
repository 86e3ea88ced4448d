package org.ppl4j.pfn.tensor.gpu;

/**
 * Settings of the GPU backend.
 *
 * @param device CUDA device ordinal, &gt;= 0
 * @param precision how matrix products are computed (attention included)
 * @param minTensorCoreDim products with {@code m}, {@code n} or {@code k} below this use the fp32
 *     kernel even under {@link GemmPrecision#TF32} (a 128 x 128 tensor-core tile would be mostly
 *     empty), &gt;= 1
 */
public record GpuConfig(int device, GemmPrecision precision, int minTensorCoreDim) {

  /** Validates every field, naming the bad one. */
  public GpuConfig {
    if (device < 0) {
      throw new IllegalArgumentException("device must be >= 0, got " + device);
    }
    if (precision == null) {
      throw new IllegalArgumentException("precision must be TF32 or FP32");
    }
    if (minTensorCoreDim < 1) {
      throw new IllegalArgumentException("minTensorCoreDim must be >= 1, got " + minTensorCoreDim);
    }
  }

  /** Device 0, TF32 tensor cores for products whose sides are all at least 16. */
  public static GpuConfig defaults() {
    return new GpuConfig(0, GemmPrecision.TF32, 16);
  }

  /** A copy with another precision. */
  public GpuConfig withPrecision(GemmPrecision newPrecision) {
    return new GpuConfig(device, newPrecision, minTensorCoreDim);
  }

  /**
   * A copy with another device ordinal.
   *
   * @param newDevice CUDA device ordinal, &gt;= 0
   */
  public GpuConfig withDevice(int newDevice) {
    return new GpuConfig(newDevice, precision, minTensorCoreDim);
  }
}
