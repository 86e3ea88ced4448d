package org.ppl4j.pfn.backend.cpu;

import java.util.Arrays;
import org.ppl4j.pfn.backend.AttentionShape;

/**
 * Fused scaled dot-product attention for one (sequence, head) pair at a time, as a few
 * register-blocked {@link Gemm} calls: scores {@code S = Q K^T / sqrt(headDim)} over the first
 * {@code keyCount} keys, a row softmax {@code P}, and {@code O = P V}. The backward pass uses
 * the stored P: {@code dP = dO V^T}, {@code dS = P (dP - rowsum(P dP)) / sqrt(headDim)},
 * {@code dQ += dS K}, {@code dK += dS^T Q}, {@code dV += P^T dO}.
 *
 * <p>The products are computed transposed ({@code S^T = K Q^T}, {@code O^T = V^T P^T}, ...),
 * so that the innermost, auto-vectorised loop of every product runs over the query rows or the
 * keys rather than over the narrow head width (16 floats in the benchmark network, too short
 * for the JIT's vector loop); the head blocks are transposed into small scratch arrays on the
 * way in and out. The stored P keeps the {@code queryRows x keyCount} row-major layout that the
 * {@link org.ppl4j.pfn.backend.Backend} contract states.
 */
final class AttentionKernel {

  private final AttentionShape s;
  private final float[] q;
  private final float[] k;
  private final float[] v;
  private final float[] p;
  private final float scale;

  AttentionKernel(AttentionShape shape, float[] q, float[] k, float[] v, float[] p) {
    this.s = shape;
    this.q = q;
    this.k = k;
    this.v = v;
    this.p = p;
    this.scale = (float) (1 / Math.sqrt(shape.headDim()));
  }

  /** The head's {@code rows x headDim} block of {@code m} (at {@code offset}), transposed. */
  private float[] transposedHead(float[] m, int offset, int rows) {
    int dh = s.headDim();
    float[] out = new float[dh * rows];
    Gemm.transpose(m, offset, s.width(), rows, dh, out);
    return out;
  }

  /** Adds the transpose of the {@code headDim x rows} array {@code t} into the head block. */
  private void addTransposed(float[] t, int rows, float[] m, int offset) {
    int dh = s.headDim();
    int width = s.width();
    for (int d = 0; d < dh; d++) {
      int td = d * rows;
      for (int r = 0; r < rows; r++) {
        m[offset + r * width + d] += t[td + r];
      }
    }
  }

  void forward(int pair, float[] out, CpuBackend backend) {
    int b = pair / s.heads();
    int h = pair % s.heads();
    int width = s.width();
    int dh = s.headDim();
    int nk = s.keyCount();
    int tq = s.queryRows();
    int qo = b * tq * width + h * dh;
    for (int r = 0; r < tq; r++) {
      Arrays.fill(out, qo + r * width, qo + r * width + dh, 0f);
    }
    if (nk == 0) {
      return;
    }
    int ko = b * s.keyRows() * width + h * dh;
    float[] qt = transposedHead(q, qo, tq);
    float[] pt = new float[nk * tq];
    Gemm.rows(0, nk, tq, dh, scale, k, ko, width, 1, qt, 0, tq, 0f, pt, 0, tq);
    softmaxOverColumns(pt, nk, tq);
    int po = pair * tq * nk;
    Gemm.transpose(pt, 0, tq, nk, tq, p, po);
    float[] ot = new float[dh * tq];
    Gemm.rows(0, dh, tq, nk, 1f, v, ko, 1, width, pt, 0, tq, 0f, ot, 0, tq);
    addTransposed(ot, tq, out, qo);
  }

  /** Softmax down each column of the {@code rows x cols} array {@code m}, in place. */
  private static void softmaxOverColumns(float[] m, int rows, int cols) {
    float[] max = new float[cols];
    Arrays.fill(max, Float.NEGATIVE_INFINITY);
    for (int j = 0; j < rows; j++) {
      int o = j * cols;
      for (int r = 0; r < cols; r++) {
        max[r] = Math.max(max[r], m[o + r]);
      }
    }
    float[] sum = new float[cols];
    for (int j = 0; j < rows; j++) {
      int o = j * cols;
      for (int r = 0; r < cols; r++) {
        float e = (float) Math.exp(m[o + r] - max[r]);
        m[o + r] = e;
        sum[r] += e;
      }
    }
    for (int r = 0; r < cols; r++) {
      sum[r] = 1f / sum[r];
    }
    for (int j = 0; j < rows; j++) {
      int o = j * cols;
      for (int r = 0; r < cols; r++) {
        m[o + r] *= sum[r];
      }
    }
  }

  void backward(int pair, float[] dOut, float[] dq, float[] dk, float[] dv, CpuBackend backend) {
    int b = pair / s.heads();
    int h = pair % s.heads();
    int width = s.width();
    int dh = s.headDim();
    int nk = s.keyCount();
    int tq = s.queryRows();
    if (nk == 0) {
      return;
    }
    int qo = b * tq * width + h * dh;
    int ko = b * s.keyRows() * width + h * dh;
    int po = pair * tq * nk;
    float[] dOt = transposedHead(dOut, qo, tq);
    float[] pt = new float[nk * tq];
    Gemm.transpose(p, po, nk, tq, nk, pt, 0);
    // dS^T = P^T (dP^T - colsum(P^T dP^T)) * scale, with dP^T = V dO^T.
    float[] dst = new float[nk * tq];
    Gemm.rows(0, nk, tq, dh, 1f, v, ko, width, 1, dOt, 0, tq, 0f, dst, 0, tq);
    float[] dot = new float[tq];
    for (int j = 0; j < nk; j++) {
      int o = j * tq;
      for (int r = 0; r < tq; r++) {
        dot[r] += pt[o + r] * dst[o + r];
      }
    }
    for (int j = 0; j < nk; j++) {
      int o = j * tq;
      for (int r = 0; r < tq; r++) {
        dst[o + r] = pt[o + r] * (dst[o + r] - dot[r]) * scale;
      }
    }
    // dQ^T = K^T dS^T.
    float[] dqt = new float[dh * tq];
    Gemm.rows(0, dh, tq, nk, 1f, k, ko, 1, width, dst, 0, tq, 0f, dqt, 0, tq);
    addTransposed(dqt, tq, dq, qo);
    // dK^T = Q^T dS and dV^T = dO^T P, both dh x nk.
    float[] ds = new float[tq * nk];
    Gemm.transpose(dst, 0, tq, nk, tq, ds, 0);
    float[] dkt = new float[dh * nk];
    Gemm.rows(0, dh, nk, tq, 1f, q, qo, 1, width, ds, 0, nk, 0f, dkt, 0, nk);
    addTransposed(dkt, nk, dk, ko);
    float[] dvt = new float[dh * nk];
    Gemm.rows(0, dh, nk, tq, 1f, dOt, 0, tq, 1, p, po, nk, 0f, dvt, 0, nk);
    addTransposed(dvt, nk, dv, ko);
  }
}
