package org.ppl4j.pfn.tensor.cpu;

/**
 * Single-precision matrix product kernels written for the HotSpot C2 compiler: the innermost loop
 * runs over contiguous columns of B and C, so that it is auto-vectorised; a 4 x 4 block of A
 * is held in registers, so each pass loads four rows of B once for four rows of C and each load
 * and store of C serves four multiply-adds (measured about 1.5x faster than one row at a time).
 * Where the CPU has FMA, the multiply-adds of the main loop are written as {@link Math#fma} so
 * that C2 emits fused vector FMAs (measured about 1.2x faster than a separate multiply and add
 * with {@code GemmBenchmark 1} on AVX-512; a 4 x 8 block of A was slower: its 32 broadcasts
 * spill registers). A transposed B is first
 * copied into a row-major scratch buffer.
 */
final class Gemm {

  /**
   * Whether the JVM compiles {@link Math#fma} to a hardware instruction ({@code -XX:+UseFMA},
   * the default on x86 CPUs since 2013 and on every AArch64 CPU); without it {@code Math.fma}
   * is computed exactly in software and is far slower than a multiply and an add.
   */
  private static final boolean FUSED = HardwareFma.available();

  private Gemm() {}

  /**
   * {@code C[i0..i1) = alpha * A * B + beta * C} on rows {@code [i0, i1)} of C, where element
   * {@code A(i, p) = a[aOff + i * aRow + p * aCol]} (so a transposed A needs no copy) and B is
   * row-major {@code k x n} with leading dimension {@code ldb}.
   */
  static void rows(int i0, int i1, int n, int k, float alpha,
      float[] a, int aOff, int aRow, int aCol, float[] b, int bOff, int ldb,
      float beta, float[] c, int cOff, int ldc) {
    for (int i = i0; i < i1; i++) {
      int ci = cOff + i * ldc;
      if (beta == 0f) {
        for (int j = 0; j < n; j++) {
          c[ci + j] = 0f;
        }
      } else if (beta != 1f) {
        for (int j = 0; j < n; j++) {
          c[ci + j] *= beta;
        }
      }
    }
    int i = i0;
    for (; i + 4 <= i1; i += 4) {
      block4(i, n, k, alpha, a, aOff, aRow, aCol, b, bOff, ldb, c, cOff, ldc);
    }
    for (; i < i1; i++) {
      int ci = cOff + i * ldc;
      int ai = aOff + i * aRow;
      for (int p = 0; p < k; p++) {
        float x0 = alpha * a[ai + p * aCol];
        int bp = bOff + p * ldb;
        for (int j = 0; j < n; j++) {
          c[ci + j] += x0 * b[bp + j];
        }
      }
    }
  }

  /** Rows {@code i..i+3} of C: a 4 x 4 block of A per pass over four rows of B. */
  private static void block4(int i, int n, int k, float alpha, float[] a, int aOff, int aRow,
      int aCol, float[] b, int bOff, int ldb, float[] c, int cOff, int ldc) {
    int c0 = cOff + i * ldc;
    int c1 = c0 + ldc;
    int c2 = c1 + ldc;
    int c3 = c2 + ldc;
    int r0 = aOff + i * aRow;
    int r1 = r0 + aRow;
    int r2 = r1 + aRow;
    int r3 = r2 + aRow;
    int p = 0;
    for (; p + 4 <= k; p += 4) {
      int q0 = p * aCol;
      int q1 = q0 + aCol;
      int q2 = q1 + aCol;
      int q3 = q2 + aCol;
      float x0 = alpha * a[r0 + q0];
      float x1 = alpha * a[r0 + q1];
      float x2 = alpha * a[r0 + q2];
      float x3 = alpha * a[r0 + q3];
      float y0 = alpha * a[r1 + q0];
      float y1 = alpha * a[r1 + q1];
      float y2 = alpha * a[r1 + q2];
      float y3 = alpha * a[r1 + q3];
      float z0 = alpha * a[r2 + q0];
      float z1 = alpha * a[r2 + q1];
      float z2 = alpha * a[r2 + q2];
      float z3 = alpha * a[r2 + q3];
      float w0 = alpha * a[r3 + q0];
      float w1 = alpha * a[r3 + q1];
      float w2 = alpha * a[r3 + q2];
      float w3 = alpha * a[r3 + q3];
      int b0 = bOff + p * ldb;
      int b1 = b0 + ldb;
      int b2 = b1 + ldb;
      int b3 = b2 + ldb;
      for (int j = 0; j < n; j++) {
        float v0 = b[b0 + j];
        float v1 = b[b1 + j];
        float v2 = b[b2 + j];
        float v3 = b[b3 + j];
        if (FUSED) {
          c[c0 + j] =
              Math.fma(x3, v3, Math.fma(x2, v2, Math.fma(x1, v1, Math.fma(x0, v0, c[c0 + j]))));
          c[c1 + j] =
              Math.fma(y3, v3, Math.fma(y2, v2, Math.fma(y1, v1, Math.fma(y0, v0, c[c1 + j]))));
          c[c2 + j] =
              Math.fma(z3, v3, Math.fma(z2, v2, Math.fma(z1, v1, Math.fma(z0, v0, c[c2 + j]))));
          c[c3 + j] =
              Math.fma(w3, v3, Math.fma(w2, v2, Math.fma(w1, v1, Math.fma(w0, v0, c[c3 + j]))));
        } else {
          c[c0 + j] += x0 * v0 + x1 * v1 + x2 * v2 + x3 * v3;
          c[c1 + j] += y0 * v0 + y1 * v1 + y2 * v2 + y3 * v3;
          c[c2 + j] += z0 * v0 + z1 * v1 + z2 * v2 + z3 * v3;
          c[c3 + j] += w0 * v0 + w1 * v1 + w2 * v2 + w3 * v3;
        }
      }
    }
    for (; p < k; p++) {
      int q = p * aCol;
      float x0 = alpha * a[r0 + q];
      float y0 = alpha * a[r1 + q];
      float z0 = alpha * a[r2 + q];
      float w0 = alpha * a[r3 + q];
      int bp = bOff + p * ldb;
      for (int j = 0; j < n; j++) {
        float v = b[bp + j];
        c[c0 + j] += x0 * v;
        c[c1 + j] += y0 * v;
        c[c2 + j] += z0 * v;
        c[c3 + j] += w0 * v;
      }
    }
  }

  /** Writes the transpose of the {@code rows x cols} view of {@code b} into {@code out}. */
  static void transpose(float[] b, int bOff, int ldb, int rows, int cols, float[] out) {
    for (int r = 0; r < rows; r++) {
      int br = bOff + r * ldb;
      for (int c = 0; c < cols; c++) {
        out[c * rows + r] = b[br + c];
      }
    }
  }
}
