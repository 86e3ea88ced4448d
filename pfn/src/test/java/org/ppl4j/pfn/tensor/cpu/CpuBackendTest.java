package org.ppl4j.pfn.tensor.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.ppl4j.pfn.tensor.Backend;
import org.ppl4j.pfn.tensor.Storage;
import org.ppl4j.semantics.random.Rng;

/**
 * The CPU backend's GEMM against a naive double-precision product, for every transpose
 * combination, odd shapes (remainders of the 4 x 4 blocking), offsets, leading dimensions,
 * alpha and beta, and with 1 and 3 threads (results must be identical across thread counts).
 * Tolerance: 1e-5 relative to the sum of |terms| (float32 accumulation).
 */
class CpuBackendTest {

  private static float[] random(int n, Rng rng) {
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      v[i] = (float) rng.nextGaussian();
    }
    return v;
  }

  @Test
  void gemmMatchesNaiveProduct() {
    Rng rng = Rng.seeded(13);
    int[][] shapes = {{1, 1, 1}, {5, 7, 3}, {9, 13, 6}, {33, 17, 65}, {64, 64, 64}};
    for (int[] s : shapes) {
      for (boolean ta : new boolean[] {false, true}) {
        for (boolean tb : new boolean[] {false, true}) {
          check(s[0], s[1], s[2], ta, tb, rng);
        }
      }
    }
  }

  private void check(int m, int n, int k, boolean ta, boolean tb, Rng rng) {
    int lda = (ta ? m : k) + 2;
    int ldb = (tb ? k : n) + 1;
    int ldc = n + 3;
    int aOff = 3;
    int bOff = 1;
    int cOff = 2;
    float[] a = random(aOff + lda * (ta ? k : m), rng);
    float[] b = random(bOff + ldb * (tb ? n : k), rng);
    float[] c0 = random(cOff + ldc * m, rng);
    float alpha = 0.7f;
    float beta = -0.3f;
    float[][] results = new float[2][];
    int t = 0;
    for (Backend be : new Backend[] {CpuBackend.withThreads(1), CpuBackend.withThreads(3)}) {
      Storage cs = be.upload(c0);
      be.gemm(ta, tb, m, n, k, alpha, be.upload(a), aOff, lda, be.upload(b), bOff, ldb, beta,
          cs, cOff, ldc);
      results[t++] = be.download(cs);
    }
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        double sum = 0;
        double abs = 0;
        for (int p = 0; p < k; p++) {
          double av = ta ? a[aOff + p * lda + i] : a[aOff + i * lda + p];
          double bv = tb ? b[bOff + j * ldb + p] : b[bOff + p * ldb + j];
          sum += av * bv;
          abs += Math.abs(av * bv);
        }
        int idx = cOff + i * ldc + j;
        double expected = alpha * sum + beta * c0[idx];
        assertEquals(expected, results[0][idx], 1e-5 * (abs + Math.abs(c0[idx])) + 1e-6,
            "m " + m + " n " + n + " k " + k + " transA " + ta + " transB " + tb);
        assertEquals(results[0][idx], results[1][idx], 0.0, "thread count changed the result");
      }
    }
    for (int idx = 0; idx < cOff; idx++) {
      assertEquals(c0[idx], results[0][idx], 0.0, "wrote before the C view");
    }
  }
}
