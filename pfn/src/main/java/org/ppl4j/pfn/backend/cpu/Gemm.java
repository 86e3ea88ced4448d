package org.ppl4j.pfn.backend.cpu;

/**
 * Single-precision matrix product kernels written for the HotSpot C2 compiler: the innermost loop
 * runs over contiguous columns of B and C, so that it is auto-vectorised, and four rows of B are
 * combined per pass over a row of C, so each load and store of C serves four multiply-adds
 * (measured faster than blocking over rows of C, which C2 does not vectorise). A transposed B is first copied into a row-major scratch buffer.
 */
final class Gemm {

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
    for (int i = i0; i < i1; i++) {
      int ci = cOff + i * ldc;
      int ai = aOff + i * aRow;
      int p = 0;
      for (; p + 4 <= k; p += 4) {
        int ap = ai + p * aCol;
        float x0 = alpha * a[ap];
        float x1 = alpha * a[ap + aCol];
        float x2 = alpha * a[ap + 2 * aCol];
        float x3 = alpha * a[ap + 3 * aCol];
        int b0 = bOff + p * ldb;
        int b1 = b0 + ldb;
        int b2 = b1 + ldb;
        int b3 = b2 + ldb;
        for (int j = 0; j < n; j++) {
          c[ci + j] += x0 * b[b0 + j] + x1 * b[b1 + j] + x2 * b[b2 + j] + x3 * b[b3 + j];
        }
      }
      for (; p < k; p++) {
        float x0 = alpha * a[ai + p * aCol];
        int bp = bOff + p * ldb;
        for (int j = 0; j < n; j++) {
          c[ci + j] += x0 * b[bp + j];
        }
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
