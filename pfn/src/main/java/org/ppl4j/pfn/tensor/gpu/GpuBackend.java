package org.ppl4j.pfn.tensor.gpu;

import static jcuda.driver.JCudaDriver.cuCtxSynchronize;
import static jcuda.driver.JCudaDriver.cuMemcpyDtoD;
import static jcuda.driver.JCudaDriver.cuMemcpyDtoH;
import static jcuda.driver.JCudaDriver.cuMemcpyHtoD;
import static jcuda.driver.JCudaDriver.cuMemsetD32;

import jcuda.Pointer;
import org.ppl4j.pfn.tensor.AttentionShape;
import org.ppl4j.pfn.tensor.Backend;
import org.ppl4j.pfn.tensor.Storage;
import org.ppl4j.pfn.tensor.gpu.MatrixProducts.View;

/**
 * The CUDA implementation of {@link Backend} through JCuda's driver API and the project's own
 * PTX kernels ({@code pfn/src/main/cuda}): TF32 tensor-core matrix products (WMMA, fp32
 * accumulation), warp-per-row LayerNorm, softmax and cross-entropy, attention as strided batches
 * of products around a row softmax, and Adam. Storage lives in device memory drawn from a
 * {@link DeviceMemoryPool}, so a training loop allocates nothing from the driver once warm; data
 * crosses the bus only in {@link #upload}, {@link #download} and {@link #sumOfSquares} (one
 * double per block). All kernels run in order on the default stream and every reduction has a
 * fixed order, so results are reproducible run to run on the same device.
 *
 * <p>Use from one thread at a time (like a {@code Tape}); open with {@link #open}.
 */
public final class GpuBackend implements Backend, AutoCloseable {

  private static final int SUM_BLOCKS = 256;

  private final CudaContext cuda;
  private final Kernels kernels;
  private final DeviceMemoryPool pool = new DeviceMemoryPool();
  private final MatrixProducts products;
  private final GpuAttention attention;
  private final GpuConfig config;

  private GpuBackend(CudaContext cuda, Kernels kernels, GpuConfig config) {
    this.cuda = cuda;
    this.kernels = kernels;
    this.config = config;
    this.products = new MatrixProducts(kernels, config);
    this.attention = new GpuAttention(this, kernels, products);
  }

  /**
   * Opens the device of {@code config} and loads the kernels.
   *
   * @throws GpuUnavailableException when this machine has no usable GPU (the message says why)
   */
  public static GpuBackend open(GpuConfig config) throws GpuUnavailableException {
    CudaContext cuda = CudaContext.open(config.device());
    return new GpuBackend(cuda, Kernels.load(), config);
  }

  /** The settings this backend was opened with. */
  public GpuConfig config() {
    return config;
  }

  @Override
  public String name() {
    return "gpu";
  }

  /** The device, e.g. {@code "NVIDIA H100 80GB HBM3 (compute capability 9.0), TF32"}. */
  public String description() {
    return cuda.deviceName() + " (compute capability " + cuda.computeCapability() + "), "
        + config.precision();
  }

  /** Number of driver allocations so far: constant once a training loop is warm. */
  public long driverAllocations() {
    return pool.driverAllocations();
  }

  /** Waits until every queued kernel has finished (for timing). */
  public void synchronize() {
    cuda.makeCurrent();
    CudaContext.check(cuCtxSynchronize(), "cuCtxSynchronize");
  }

  /** Returns every cached device block to the driver. */
  @Override
  public void close() {
    cuda.makeCurrent();
    pool.trim();
  }

  GpuStorage take(long length) {
    cuda.makeCurrent();
    return new GpuStorage(pool, pool.take(length), (int) length);
  }

  @Override
  public Storage allocate(int length) {
    if (length < 0) {
      throw new IllegalArgumentException("negative storage length " + length);
    }
    GpuStorage s = take(length);
    fill(s, 0f);
    return s;
  }

  @Override
  public Storage upload(float[] values) {
    GpuStorage s = take(values.length);
    if (values.length > 0) {
      CudaContext.check(cuMemcpyHtoD(s.at(0), Pointer.to(values), (long) values.length * 4),
          "upload of " + values.length + " floats");
    }
    return s;
  }

  @Override
  public void release(Storage storage) {
    GpuStorage.of(storage).release();
  }

  @Override
  public float[] download(Storage storage) {
    cuda.makeCurrent();
    float[] out = new float[storage.length()];
    if (out.length > 0) {
      CudaContext.check(cuMemcpyDtoH(Pointer.to(out), GpuStorage.of(storage).at(0),
          (long) out.length * 4), "download of " + out.length + " floats");
    }
    return out;
  }

  @Override
  public void fill(Storage storage, float value) {
    cuda.makeCurrent();
    if (storage.length() > 0) {
      CudaContext.check(cuMemsetD32(GpuStorage.of(storage).at(0),
          Float.floatToRawIntBits(value), storage.length()), "fill");
    }
  }

  @Override
  public void copy(Storage src, int srcOffset, Storage dst, int dstOffset, int length) {
    cuda.makeCurrent();
    within(src, srcOffset, length, "copy source");
    within(dst, dstOffset, length, "copy destination");
    if (length > 0) {
      CudaContext.check(cuMemcpyDtoD(GpuStorage.of(dst).at(dstOffset),
          GpuStorage.of(src).at(srcOffset), (long) length * 4), "copy");
    }
  }

  @Override
  public void gemm(boolean transA, boolean transB, int m, int n, int k, float alpha,
      Storage a, int aOffset, int lda, Storage b, int bOffset, int ldb,
      float beta, Storage c, int cOffset, int ldc) {
    gemmBatched(transA, transB, m, n, k, alpha, a, aOffset, lda, 0, b, bOffset, ldb, 0, beta,
        c, cOffset, ldc, 0, 1);
  }

  @Override
  public void gemmBatched(boolean transA, boolean transB, int m, int n, int k, float alpha,
      Storage a, int aOffset, int lda, int aStride, Storage b, int bOffset, int ldb, int bStride,
      float beta, Storage c, int cOffset, int ldc, int cStride, int count) {
    cuda.makeCurrent();
    products.run(transA, transB, m, n, k, alpha,
        View.plain(GpuStorage.of(a), aOffset, lda, aStride),
        View.plain(GpuStorage.of(b), bOffset, ldb, bStride), beta,
        View.plain(GpuStorage.of(c), cOffset, ldc, cStride), count, 1);
  }

  @Override
  public void addRowVector(Storage y, Storage bias, int rows, int cols) {
    within(y, 0, (long) rows * cols, "addRowVector output");
    within(bias, 0, cols, "bias");
    launchElements("add_row_vector", (long) rows * cols,
        new KernelArgs().ptr(dev(y)).ptr(dev(bias)).i32(rows).i32(cols));
  }

  @Override
  public void sumRowsInto(Storage dy, Storage biasGrad, int rows, int cols) {
    within(dy, 0, (long) rows * cols, "sumRowsInto input");
    within(biasGrad, 0, cols, "bias gradient");
    columnSums(dy, dy, dy, dy, biasGrad, rows, cols, 0);
  }

  /** {@code out[c] += sum_r term(r, c)} in two fixed-order stages (see rows.cu). */
  void columnSums(Storage x, Storage dy, Storage mean, Storage rstd, Storage out, int rows,
      int cols, int mode) {
    if (rows == 0 || cols == 0) {
      return;
    }
    int slices = Math.max(1, Math.min(256, rows / 64));
    int perSlice = (rows + slices - 1) / slices;
    slices = (rows + perSlice - 1) / perSlice;
    GpuStorage partial = take((long) slices * cols);
    kernels.launch("column_sums_partial", (cols + 31) / 32, slices, 1, 32, 8,
        new KernelArgs().ptr(dev(x)).ptr(dev(dy)).ptr(dev(mean)).ptr(dev(rstd))
            .ptr(partial.at(0)).i32(rows).i32(cols).i32(perSlice).i32(mode));
    kernels.launch("column_sums_finish", (cols + 255) / 256, 1, 1, 256, 1,
        new KernelArgs().ptr(partial.at(0)).ptr(dev(out)).i32(slices).i32(cols));
    partial.release();
  }

  @Override
  public void add(Storage a, Storage b, Storage out, int length) {
    within(a, 0, length, "add input");
    within(b, 0, length, "add input");
    within(out, 0, length, "add output");
    launchElements("ew_add", length,
        new KernelArgs().ptr(dev(a)).ptr(dev(b)).ptr(dev(out)).i64(length));
  }

  @Override
  public void axpy(float alpha, Storage x, Storage y, int length) {
    within(x, 0, length, "axpy input");
    within(y, 0, length, "axpy output");
    launchElements("ew_axpy", length,
        new KernelArgs().f32(alpha).ptr(dev(x)).ptr(dev(y)).i64(length));
  }

  @Override
  public void scale(Storage x, float factor) {
    launchElements("ew_scale", x.length(),
        new KernelArgs().ptr(dev(x)).f32(factor).i64(x.length()));
  }

  @Override
  public double sumOfSquares(Storage x) {
    cuda.makeCurrent();
    GpuStorage partial = take(2L * SUM_BLOCKS);
    kernels.launch("sum_of_squares_partial", SUM_BLOCKS, 1, 1, 256, 1,
        new KernelArgs().ptr(dev(x)).i64(x.length()).ptr(partial.at(0)));
    double[] sums = new double[SUM_BLOCKS];
    CudaContext.check(cuMemcpyDtoH(Pointer.to(sums), partial.at(0), 8L * SUM_BLOCKS),
        "download of a sum of squares");
    partial.release();
    double s = 0;
    for (double v : sums) {
      s += v;
    }
    return s;
  }

  @Override
  public void gelu(Storage x, Storage out, int length) {
    within(x, 0, length, "gelu input");
    within(out, 0, length, "gelu output");
    launchElements("gelu_forward", length,
        new KernelArgs().ptr(dev(x)).ptr(dev(out)).i64(length));
  }

  @Override
  public void geluBackward(Storage x, Storage dy, Storage dx, int length) {
    within(x, 0, length, "gelu input");
    within(dy, 0, length, "gelu gradient");
    within(dx, 0, length, "gelu input gradient");
    launchElements("gelu_backward", length,
        new KernelArgs().ptr(dev(x)).ptr(dev(dy)).ptr(dev(dx)).i64(length));
  }

  @Override
  public void layerNorm(Storage x, Storage gamma, Storage beta, Storage out, Storage mean,
      Storage rstd, int rows, int cols, float eps) {
    within(x, 0, (long) rows * cols, "layerNorm input");
    within(out, 0, (long) rows * cols, "layerNorm output");
    within(gamma, 0, cols, "layerNorm gain");
    within(beta, 0, cols, "layerNorm shift");
    within(mean, 0, rows, "layerNorm means");
    within(rstd, 0, rows, "layerNorm reciprocal deviations");
    cuda.makeCurrent();
    kernels.launchRows("layer_norm_forward", rows, new KernelArgs().ptr(dev(x)).ptr(dev(gamma))
        .ptr(dev(beta)).ptr(dev(out)).ptr(dev(mean)).ptr(dev(rstd)).i32(rows).i32(cols)
        .f32(eps));
  }

  @Override
  public void layerNormBackward(Storage x, Storage gamma, Storage mean, Storage rstd,
      Storage dy, Storage dx, Storage dgamma, Storage dbeta, int rows, int cols) {
    within(x, 0, (long) rows * cols, "layerNorm input");
    within(dy, 0, (long) rows * cols, "layerNorm output gradient");
    within(dx, 0, (long) rows * cols, "layerNorm input gradient");
    within(dgamma, 0, cols, "layerNorm gain gradient");
    within(dbeta, 0, cols, "layerNorm shift gradient");
    cuda.makeCurrent();
    kernels.launchRows("layer_norm_backward_input", rows, new KernelArgs().ptr(dev(x))
        .ptr(dev(gamma)).ptr(dev(mean)).ptr(dev(rstd)).ptr(dev(dy)).ptr(dev(dx)).i32(rows)
        .i32(cols));
    columnSums(x, dy, mean, rstd, dgamma, rows, cols, 1);
    columnSums(dy, dy, mean, rstd, dbeta, rows, cols, 0);
  }

  @Override
  public void attention(AttentionShape shape, Storage q, Storage k, Storage v, Storage out,
      Storage probabilities) {
    cuda.makeCurrent();
    attention.forward(shape, GpuStorage.of(q), GpuStorage.of(k), GpuStorage.of(v),
        GpuStorage.of(out), GpuStorage.of(probabilities));
  }

  @Override
  public void attentionBackward(AttentionShape shape, Storage q, Storage k, Storage v,
      Storage probabilities, Storage dOut, Storage dq, Storage dk, Storage dv) {
    cuda.makeCurrent();
    attention.backward(shape, GpuStorage.of(q), GpuStorage.of(k), GpuStorage.of(v),
        GpuStorage.of(probabilities), GpuStorage.of(dOut), GpuStorage.of(dq), GpuStorage.of(dk),
        GpuStorage.of(dv));
  }

  /**
   * {@inheritDoc}
   *
   * <p>On the GPU a target that is not a class index gives a NaN loss and NaN gradients (the
   * kernel cannot throw); the trainer's targets come from {@code BucketBorders.bucketOf}.
   */
  @Override
  public void softmaxCrossEntropy(Storage logits, Storage target, Storage weight, Storage loss,
      Storage dLogits, int rows, int classes) {
    within(logits, 0, (long) rows * classes, "logits");
    within(dLogits, 0, (long) rows * classes, "logit gradients");
    within(target, 0, rows, "targets");
    within(weight, 0, rows, "weights");
    within(loss, 0, rows, "losses");
    cuda.makeCurrent();
    kernels.launchRows("softmax_cross_entropy", rows, new KernelArgs().ptr(dev(logits))
        .ptr(dev(target)).ptr(dev(weight)).ptr(dev(loss)).ptr(dev(dLogits)).i32(rows)
        .i32(classes));
  }

  @Override
  public void logSoftmax(Storage logits, Storage out, int rows, int classes) {
    within(logits, 0, (long) rows * classes, "logits");
    within(out, 0, (long) rows * classes, "log-softmax output");
    cuda.makeCurrent();
    kernels.launchRows("log_softmax_rows", rows,
        new KernelArgs().ptr(dev(logits)).ptr(dev(out)).i32(rows).i32(classes));
  }

  @Override
  public void gatherRows(Storage x, Storage out, int batch, int rowsPerBlock, int from, int to,
      int cols) {
    within(x, 0, (long) batch * rowsPerBlock * cols, "gatherRows input");
    within(out, 0, (long) batch * (to - from) * cols, "gatherRows output");
    launchElements("gather_rows", (long) batch * (to - from) * cols, new KernelArgs()
        .ptr(dev(x)).ptr(dev(out)).i32(batch).i32(rowsPerBlock).i32(from).i32(to).i32(cols));
  }

  @Override
  public void scatterRowsAdd(Storage dOut, Storage dx, int batch, int rowsPerBlock, int from,
      int to, int cols) {
    within(dx, 0, (long) batch * rowsPerBlock * cols, "scatterRowsAdd output");
    within(dOut, 0, (long) batch * (to - from) * cols, "scatterRowsAdd input");
    launchElements("scatter_rows_add", (long) batch * (to - from) * cols, new KernelArgs()
        .ptr(dev(dOut)).ptr(dev(dx)).i32(batch).i32(rowsPerBlock).i32(from).i32(to).i32(cols));
  }

  @Override
  public void maskRows(Storage x, Storage out, int batch, int rowsPerBlock, int keep,
      int cols) {
    long n = (long) batch * rowsPerBlock * cols;
    within(x, 0, n, "maskRows input");
    within(out, 0, n, "maskRows output");
    launchElements("mask_rows", n, new KernelArgs().ptr(dev(x)).ptr(dev(out)).i32(batch)
        .i32(rowsPerBlock).i32(keep).i32(cols));
  }

  @Override
  public void adamStep(Storage parameter, Storage gradient, Storage m, Storage v,
      float gradScale, float learningRate, float beta1, float beta2, float eps, int step) {
    int n = parameter.length();
    within(gradient, 0, n, "gradient");
    within(m, 0, n, "first moments");
    within(v, 0, n, "second moments");
    float c1 = (float) (1 - Math.pow(beta1, step));
    float c2 = (float) (1 - Math.pow(beta2, step));
    float stepSize = learningRate / c1;
    float rc2 = (float) (1 / Math.sqrt(c2));
    launchElements("adam_step", n, new KernelArgs().ptr(dev(parameter)).ptr(dev(gradient))
        .ptr(dev(m)).ptr(dev(v)).f32(gradScale).f32(stepSize).f32(beta1).f32(beta2).f32(eps)
        .f32(rc2).i64(n));
  }

  private void launchElements(String kernel, long n, KernelArgs args) {
    cuda.makeCurrent();
    if (n > 0) {
      kernels.launchElements(kernel, n, args);
    }
  }

  private static jcuda.driver.CUdeviceptr dev(Storage s) {
    return GpuStorage.of(s).at(0);
  }

  static void within(Storage s, long offset, long length, String what) {
    if (offset < 0 || length < 0 || offset + length > s.length()) {
      throw new IllegalArgumentException(what + ": elements [" + offset + ", "
          + (offset + length) + ") outside a storage of " + s.length());
    }
  }
}
