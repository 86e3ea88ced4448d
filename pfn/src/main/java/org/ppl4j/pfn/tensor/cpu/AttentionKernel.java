package org.ppl4j.pfn.tensor.cpu;

import java.util.Arrays;
import org.ppl4j.pfn.tensor.AttentionShape;

/**
 * Fused scaled dot-product attention for one (sequence, head) pair at a time, as a few
 * register-blocked {@link Gemm} calls on strided views of the head's columns: scores
 * {@code S = Q K^T / sqrt(headDim)} over the first {@code keyCount} keys, a row softmax
 * {@code P}, and {@code O = P V}. The backward pass uses the stored P:
 * {@code dP = dO V^T}, {@code dS = P (dP - rowsum(P dP)) / sqrt(headDim)},
 * {@code dQ += dS K}, {@code dK += dS^T Q}, {@code dV += P^T dO}.
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

  /** The head's {@code keyCount x headDim} key or value block, transposed. */
  private float[] transposedHead(float[] m, int b, int h) {
    int dh = s.headDim();
    int nk = s.keyCount();
    float[] out = new float[dh * nk];
    Gemm.transpose(m, b * s.keyRows() * s.width() + h * dh, s.width(), nk, dh, out);
    return out;
  }

  void forward(int pair, float[] out, CpuBackend backend) {
    int b = pair / s.heads();
    int h = pair % s.heads();
    int width = s.width();
    int dh = s.headDim();
    int nk = s.keyCount();
    int tq = s.queryRows();
    int qo = b * tq * width + h * dh;
    if (nk == 0) {
      for (int r = 0; r < tq; r++) {
        Arrays.fill(out, qo + r * width, qo + r * width + dh, 0f);
      }
      return;
    }
    int po = pair * tq * nk;
    float[] kt = transposedHead(k, b, h);
    Gemm.rows(0, tq, nk, dh, scale, q, qo, width, 1, kt, 0, nk, 0f, p, po, nk);
    for (int r = 0; r < tq; r++) {
      int o = po + r * nk;
      float max = Float.NEGATIVE_INFINITY;
      for (int j = 0; j < nk; j++) {
        max = Math.max(max, p[o + j]);
      }
      float sum = 0f;
      for (int j = 0; j < nk; j++) {
        float e = (float) Math.exp(p[o + j] - max);
        p[o + j] = e;
        sum += e;
      }
      float inv = 1f / sum;
      for (int j = 0; j < nk; j++) {
        p[o + j] *= inv;
      }
    }
    int vo = b * s.keyRows() * width + h * dh;
    Gemm.rows(0, tq, dh, nk, 1f, p, po, nk, 1, v, vo, width, 0f, out, qo, width);
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
    float[] vt = transposedHead(v, b, h);
    float[] ds = new float[tq * nk];
    Gemm.rows(0, tq, nk, dh, 1f, dOut, qo, width, 1, vt, 0, nk, 0f, ds, 0, nk);
    for (int r = 0; r < tq; r++) {
      int o = r * nk;
      float dot = 0f;
      for (int j = 0; j < nk; j++) {
        dot += p[po + o + j] * ds[o + j];
      }
      for (int j = 0; j < nk; j++) {
        ds[o + j] = p[po + o + j] * (ds[o + j] - dot) * scale;
      }
    }
    Gemm.rows(0, tq, dh, nk, 1f, ds, 0, nk, 1, k, ko, width, 1f, dq, qo, width);
    Gemm.rows(0, nk, dh, tq, 1f, ds, 0, 1, nk, q, qo, width, 1f, dk, ko, width);
    Gemm.rows(0, nk, dh, tq, 1f, p, po, 1, nk, dOut, qo, width, 1f, dv, ko, width);
  }
}
