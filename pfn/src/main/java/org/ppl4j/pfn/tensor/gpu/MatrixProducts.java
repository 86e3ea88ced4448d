package org.ppl4j.pfn.tensor.gpu;

/**
 * Strided batches of row-major matrix products {@code C = alpha op(A) op(B) + beta C} on the
 * device, with two-level batch strides: product {@code z} of {@code count} reads each operand at
 * {@code offset + (z / inner) * outer + (z % inner) * innerStride}, so the (sequence, head) pairs
 * of attention are addressed in place. Chooses the TF32 tensor-core kernel or the fp32 kernel
 * ({@link GpuConfig}) and checks that every view lies inside its storage before launching (an
 * out-of-range device access would poison the CUDA context).
 */
final class MatrixProducts {

  /** One operand view: storage, offset, leading dimension, outer and inner batch strides. */
  record View(GpuStorage storage, long offset, int ld, long outer, long inner) {

    static View plain(GpuStorage s, long offset, int ld, long stride) {
      return new View(s, offset, ld, stride, 0);
    }

    View shifted(long by) {
      return new View(storage, offset + by, ld, outer, inner);
    }
  }

  /** The largest grid extent in y and z. */
  static final int MAX_GRID = 65_535;

  private final Kernels kernels;
  private final GpuConfig config;

  MatrixProducts(Kernels kernels, GpuConfig config) {
    this.kernels = kernels;
    this.config = config;
  }

  /** Whether a product of these sides runs on the tensor cores. */
  boolean usesTensorCores(int m, int n, int k) {
    int min = config.minTensorCoreDim();
    return config.precision() == GemmPrecision.TF32 && m >= min && n >= min && k >= min;
  }

  /**
   * Runs {@code count} products, {@code inner} of them per outer step.
   *
   * @param count number of products, &gt;= 0
   * @param inner products per outer step, &gt;= 1
   */
  void run(boolean transA, boolean transB, int m, int n, int k, float alpha, View a, View b,
      float beta, View c, int count, int inner) {
    if (m < 0 || n < 0 || k < 0 || count < 0 || inner < 1) {
      throw new IllegalArgumentException("matrix product of " + m + " x " + k + " by " + k
          + " x " + n + ", " + count + " times");
    }
    if (m == 0 || n == 0 || count == 0) {
      return;
    }
    checkView("A", a, transA ? k : m, transA ? m : k, count, inner);
    checkView("B", b, transB ? n : k, transB ? k : n, count, inner);
    checkView("C", c, m, n, count, inner);
    boolean tensor = usesTensorCores(m, n, k);
    int tile = tensor ? 128 : 16;
    // CUDA grids allow at most 65535 blocks in y (row tiles) and z (products): larger calls are
    // split, the row split moving A and C down, the batch split by whole outer steps
    int rowsPerLaunch = MAX_GRID * tile;
    int productsPerLaunch = Math.max(1, MAX_GRID / inner) * inner;
    for (int r0 = 0; r0 < m; r0 += rowsPerLaunch) {
      int rows = Math.min(rowsPerLaunch, m - r0);
      long aShift = transA ? r0 : (long) r0 * a.ld();
      long cShift = (long) r0 * c.ld();
      for (int z0 = 0; z0 < count; z0 += productsPerLaunch) {
        int products = Math.min(productsPerLaunch, count - z0);
        long outerStep = z0 / inner;
        launch(tensor, transA, transB, rows, n, k, alpha,
            a.shifted(aShift + outerStep * a.outer()), b.shifted(outerStep * b.outer()), beta,
            c.shifted(cShift + outerStep * c.outer()), products, inner);
      }
    }
  }

  private void launch(boolean tensor, boolean transA, boolean transB, int m, int n, int k,
      float alpha, View a, View b, float beta, View c, int count, int inner) {
    KernelArgs args = new KernelArgs().i32(transA ? 1 : 0).i32(transB ? 1 : 0).i32(m).i32(n)
        .i32(k).f32(alpha)
        .ptr(a.storage().at(a.offset())).i32(a.ld()).i64(a.outer()).i64(a.inner())
        .ptr(b.storage().at(b.offset())).i32(b.ld()).i64(b.outer()).i64(b.inner())
        .f32(beta)
        .ptr(c.storage().at(c.offset())).i32(c.ld()).i64(c.outer()).i64(c.inner())
        .i32(inner);
    if (tensor) {
      kernels.launch("gemm_tf32", (n + 127) / 128, (m + 127) / 128, count, 256, 1, args);
    } else {
      kernels.launch("gemm_f32", (n + 15) / 16, (m + 15) / 16, count, 16, 16, args);
    }
  }

  /** Throws unless a {@code rows x cols} view with leading dimension ld fits its storage. */
  private static void checkView(String name, View v, int rows, int cols, int count, int inner) {
    if (cols > v.ld() && rows > 1) {
      throw new IllegalArgumentException("leading dimension " + v.ld() + " of " + name
          + " is less than its " + cols + " columns");
    }
    int lastOuter = (count - 1) / inner;
    int lastInner = Math.min(count, inner) - 1;
    long last = v.offset() + (long) lastOuter * v.outer() + (long) lastInner * v.inner()
        + (long) (rows - 1) * v.ld() + cols - 1;
    if (v.offset() < 0 || rows > 0 && cols > 0 && last >= v.storage().length()) {
      throw new IllegalArgumentException("matrix " + name + " (" + rows + " x " + cols
          + ", leading dimension " + v.ld() + ", offset " + v.offset() + ") reaches element "
          + last + " of a storage of " + v.storage().length());
    }
  }
}
