package org.ppl4j.pfn.tensor.cpu;

import java.util.Arrays;
import org.ppl4j.pfn.tensor.AttentionShape;
import org.ppl4j.pfn.tensor.Backend;
import org.ppl4j.pfn.tensor.Storage;

/**
 * The CPU implementation of {@link Backend}: plain Java loops written for the JIT, register-blocked
 * GEMM ({@link Gemm}), multithreaded over rows or over (sequence, head) pairs. Every output element
 * is computed by one thread in a fixed order, so results do not depend on the thread count.
 */
public final class CpuBackend implements Backend {

  private static final int ROW_GRAIN = 16;
  private final Parallel parallel;
  private final ThreadLocal<float[]> scratch = ThreadLocal.withInitial(() -> new float[0]);

  private CpuBackend(int threads) {
    this.parallel = new Parallel(threads);
  }

  /** A backend using every available processor. */
  public static CpuBackend create() {
    return new CpuBackend(Runtime.getRuntime().availableProcessors());
  }

  /**
   * A backend using {@code threads} worker threads.
   *
   * @param threads number of threads, &gt;= 1
   */
  public static CpuBackend withThreads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    return new CpuBackend(threads);
  }

  /** Number of worker threads. */
  public int threads() {
    return parallel.threads();
  }

  @Override
  public String name() {
    return "cpu";
  }

  @Override
  public Storage allocate(int length) {
    if (length < 0) {
      throw new IllegalArgumentException("negative storage length " + length);
    }
    return new CpuStorage(new float[length]);
  }

  @Override
  public Storage upload(float[] values) {
    return new CpuStorage(values.clone());
  }

  @Override
  public float[] download(Storage storage) {
    return CpuStorage.of(storage).clone();
  }

  @Override
  public void fill(Storage storage, float value) {
    Arrays.fill(CpuStorage.of(storage), value);
  }

  @Override
  public void copy(Storage src, int srcOffset, Storage dst, int dstOffset, int length) {
    System.arraycopy(CpuStorage.of(src), srcOffset, CpuStorage.of(dst), dstOffset, length);
  }

  float[] scratch(int length) {
    float[] s = scratch.get();
    if (s.length < length) {
      s = new float[length];
      scratch.set(s);
    }
    return s;
  }

  @Override
  public void gemm(boolean transA, boolean transB, int m, int n, int k, float alpha,
      Storage as, int aOffset, int lda, Storage bs, int bOffset, int ldb,
      float beta, Storage cs, int cOffset, int ldc) {
    float[] a = CpuStorage.of(as);
    float[] c = CpuStorage.of(cs);
    float[] b;
    int bOff;
    int bLd;
    if (transB) {
      b = new float[k * n];
      Gemm.transpose(CpuStorage.of(bs), bOffset, ldb, n, k, b);
      bOff = 0;
      bLd = n;
    } else {
      b = CpuStorage.of(bs);
      bOff = bOffset;
      bLd = ldb;
    }
    int aRow = transA ? 1 : lda;
    int aCol = transA ? lda : 1;
    int grain = Math.max(4, (ROW_GRAIN * 64) / Math.max(1, n) / 4 * 4);
    parallel.forRange((m + 3) / 4, Math.max(1, grain / 4), (q0, q1) ->
        Gemm.rows(q0 * 4, Math.min(m, q1 * 4), n, k, alpha, a, aOffset, aRow, aCol,
            b, bOff, bLd, beta, c, cOffset, ldc));
  }

  @Override
  public void gemmBatched(boolean transA, boolean transB, int m, int n, int k, float alpha,
      Storage as, int aOffset, int lda, int aStride, Storage bs, int bOffset, int ldb,
      int bStride, float beta, Storage cs, int cOffset, int ldc, int cStride, int count) {
    float[] a = CpuStorage.of(as);
    float[] bArr = CpuStorage.of(bs);
    float[] c = CpuStorage.of(cs);
    int aRow = transA ? 1 : lda;
    int aCol = transA ? lda : 1;
    parallel.forRange(count, 1, (i0, i1) -> {
      for (int i = i0; i < i1; i++) {
        float[] b = bArr;
        int bOff = bOffset + i * bStride;
        int bLd = ldb;
        if (transB) {
          b = scratch(k * n);
          Gemm.transpose(bArr, bOff, ldb, n, k, b);
          bOff = 0;
          bLd = n;
        }
        Gemm.rows(0, m, n, k, alpha, a, aOffset + i * aStride, aRow, aCol, b, bOff, bLd,
            beta, c, cOffset + i * cStride, ldc);
      }
    });
  }

  @Override
  public void addRowVector(Storage ys, Storage biasS, int rows, int cols) {
    float[] y = CpuStorage.of(ys);
    float[] bias = CpuStorage.of(biasS);
    for (int r = 0; r < rows; r++) {
      int o = r * cols;
      for (int c = 0; c < cols; c++) {
        y[o + c] += bias[c];
      }
    }
  }

  @Override
  public void sumRowsInto(Storage dys, Storage gs, int rows, int cols) {
    float[] dy = CpuStorage.of(dys);
    float[] g = CpuStorage.of(gs);
    for (int r = 0; r < rows; r++) {
      int o = r * cols;
      for (int c = 0; c < cols; c++) {
        g[c] += dy[o + c];
      }
    }
  }

  @Override
  public void add(Storage as, Storage bs, Storage outs, int length) {
    float[] a = CpuStorage.of(as);
    float[] b = CpuStorage.of(bs);
    float[] out = CpuStorage.of(outs);
    for (int i = 0; i < length; i++) {
      out[i] = a[i] + b[i];
    }
  }

  @Override
  public void axpy(float alpha, Storage xs, Storage ys, int length) {
    float[] x = CpuStorage.of(xs);
    float[] y = CpuStorage.of(ys);
    for (int i = 0; i < length; i++) {
      y[i] += alpha * x[i];
    }
  }

  @Override
  public void scale(Storage xs, float factor) {
    float[] x = CpuStorage.of(xs);
    for (int i = 0; i < x.length; i++) {
      x[i] *= factor;
    }
  }

  @Override
  public double sumOfSquares(Storage xs) {
    float[] x = CpuStorage.of(xs);
    double s = 0;
    for (float v : x) {
      s += (double) v * v;
    }
    return s;
  }

  @Override
  public void gelu(Storage xs, Storage outs, int length) {
    float[] x = CpuStorage.of(xs);
    float[] out = CpuStorage.of(outs);
    parallel.forRange(length, 4096, (i0, i1) -> RowKernels.gelu(x, out, i0, i1));
  }

  @Override
  public void geluBackward(Storage xs, Storage dys, Storage dxs, int length) {
    float[] x = CpuStorage.of(xs);
    float[] dy = CpuStorage.of(dys);
    float[] dx = CpuStorage.of(dxs);
    parallel.forRange(length, 4096, (i0, i1) -> RowKernels.geluBackward(x, dy, dx, i0, i1));
  }

  @Override
  public void layerNorm(Storage x, Storage gamma, Storage beta, Storage out, Storage mean,
      Storage rstd, int rows, int cols, float eps) {
    float[] xa = CpuStorage.of(x);
    float[] g = CpuStorage.of(gamma);
    float[] b = CpuStorage.of(beta);
    float[] o = CpuStorage.of(out);
    float[] mu = CpuStorage.of(mean);
    float[] rs = CpuStorage.of(rstd);
    parallel.forRange(rows, ROW_GRAIN, (r0, r1) ->
        RowKernels.layerNorm(xa, g, b, o, mu, rs, r0, r1, cols, eps));
  }

  @Override
  public void layerNormBackward(Storage x, Storage gamma, Storage mean, Storage rstd,
      Storage dy, Storage dx, Storage dgamma, Storage dbeta, int rows, int cols) {
    RowKernels.layerNormBackward(CpuStorage.of(x), CpuStorage.of(gamma), CpuStorage.of(mean),
        CpuStorage.of(rstd), CpuStorage.of(dy), CpuStorage.of(dx), CpuStorage.of(dgamma),
        CpuStorage.of(dbeta), rows, cols, parallel);
  }

  @Override
  public void attention(AttentionShape shape, Storage q, Storage k, Storage v, Storage out,
      Storage probabilities) {
    AttentionKernel kernel = new AttentionKernel(shape, CpuStorage.of(q), CpuStorage.of(k),
        CpuStorage.of(v), CpuStorage.of(probabilities));
    float[] o = CpuStorage.of(out);
    parallel.forRange(shape.batch() * shape.heads(), 1, (i0, i1) -> {
      for (int i = i0; i < i1; i++) {
        kernel.forward(i, o, this);
      }
    });
  }

  @Override
  public void attentionBackward(AttentionShape shape, Storage q, Storage k, Storage v,
      Storage probabilities, Storage dOut, Storage dq, Storage dk, Storage dv) {
    AttentionKernel kernel = new AttentionKernel(shape, CpuStorage.of(q), CpuStorage.of(k),
        CpuStorage.of(v), CpuStorage.of(probabilities));
    float[] dO = CpuStorage.of(dOut);
    float[] dQ = CpuStorage.of(dq);
    float[] dK = CpuStorage.of(dk);
    float[] dV = CpuStorage.of(dv);
    parallel.forRange(shape.batch() * shape.heads(), 1, (i0, i1) -> {
      for (int i = i0; i < i1; i++) {
        kernel.backward(i, dO, dQ, dK, dV, this);
      }
    });
  }

  @Override
  public void softmaxCrossEntropy(Storage logits, Storage target, Storage weight, Storage loss,
      Storage dLogits, int rows, int classes) {
    float[] z = CpuStorage.of(logits);
    float[] t = CpuStorage.of(target);
    float[] w = CpuStorage.of(weight);
    float[] l = CpuStorage.of(loss);
    float[] dz = CpuStorage.of(dLogits);
    parallel.forRange(rows, ROW_GRAIN, (r0, r1) ->
        RowKernels.softmaxCrossEntropy(z, t, w, l, dz, r0, r1, classes));
  }

  @Override
  public void logSoftmax(Storage logits, Storage out, int rows, int classes) {
    float[] z = CpuStorage.of(logits);
    float[] o = CpuStorage.of(out);
    parallel.forRange(rows, ROW_GRAIN, (r0, r1) -> RowKernels.logSoftmax(z, o, r0, r1, classes));
  }

  @Override
  public void gatherRows(Storage xs, Storage outs, int batch, int rowsPerBlock, int from,
      int to, int cols) {
    float[] x = CpuStorage.of(xs);
    float[] out = CpuStorage.of(outs);
    int len = (to - from) * cols;
    for (int b = 0; b < batch; b++) {
      System.arraycopy(x, (b * rowsPerBlock + from) * cols, out, b * len, len);
    }
  }

  @Override
  public void scatterRowsAdd(Storage dOuts, Storage dxs, int batch, int rowsPerBlock, int from,
      int to, int cols) {
    float[] dOut = CpuStorage.of(dOuts);
    float[] dx = CpuStorage.of(dxs);
    int len = (to - from) * cols;
    for (int b = 0; b < batch; b++) {
      int src = b * len;
      int dst = (b * rowsPerBlock + from) * cols;
      for (int i = 0; i < len; i++) {
        dx[dst + i] += dOut[src + i];
      }
    }
  }

  @Override
  public void maskRows(Storage xs, Storage outs, int batch, int rowsPerBlock, int keep,
      int cols) {
    float[] x = CpuStorage.of(xs);
    float[] out = CpuStorage.of(outs);
    for (int b = 0; b < batch; b++) {
      int base = b * rowsPerBlock * cols;
      int kept = keep * cols;
      if (out != x) {
        System.arraycopy(x, base, out, base, kept);
      }
      Arrays.fill(out, base + kept, base + rowsPerBlock * cols, 0f);
    }
  }

  @Override
  public void adamStep(Storage parameter, Storage gradient, Storage ms, Storage vs,
      float gradScale, float learningRate, float beta1, float beta2, float eps, int step) {
    float[] p = CpuStorage.of(parameter);
    float[] g = CpuStorage.of(gradient);
    float[] m = CpuStorage.of(ms);
    float[] v = CpuStorage.of(vs);
    float c1 = (float) (1 - Math.pow(beta1, step));
    float c2 = (float) (1 - Math.pow(beta2, step));
    float stepSize = learningRate / c1;
    float rc2 = (float) (1 / Math.sqrt(c2));
    for (int i = 0; i < p.length; i++) {
      float gi = g[i] * gradScale;
      m[i] = beta1 * m[i] + (1 - beta1) * gi;
      v[i] = beta2 * v[i] + (1 - beta2) * gi * gi;
      p[i] -= stepSize * m[i] / ((float) Math.sqrt(v[i]) * rc2 + eps);
    }
  }
}
