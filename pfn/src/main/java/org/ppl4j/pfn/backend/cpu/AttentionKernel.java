package org.ppl4j.pfn.backend.cpu;

import java.util.Arrays;
import org.ppl4j.pfn.backend.AttentionShape;

/**
 * Fused scaled dot-product attention for one (sequence, head) pair at a time: scores
 * {@code Q K^T / sqrt(headDim)} over the first {@code keyCount} keys, a row softmax, and
 * {@code P V}; the backward pass uses the stored probabilities. Keys and values are transposed
 * into a small buffer first so the inner loops run over contiguous memory.
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

  private float[] transposedHead(float[] m, int b, int h, float[] out) {
    int width = s.width();
    int dh = s.headDim();
    int nk = s.keyCount();
    for (int j = 0; j < nk; j++) {
      int src = (b * s.keyRows() + j) * width + h * dh;
      for (int c = 0; c < dh; c++) {
        out[c * nk + j] = m[src + c];
      }
    }
    return out;
  }

  void forward(int pair, float[] out, CpuBackend backend) {
    int b = pair / s.heads();
    int h = pair % s.heads();
    int width = s.width();
    int dh = s.headDim();
    int nk = s.keyCount();
    int tq = s.queryRows();
    if (nk == 0) {
      for (int r = 0; r < tq; r++) {
        int o = (b * tq + r) * width + h * dh;
        Arrays.fill(out, o, o + dh, 0f);
      }
      return;
    }
    float[] kt = transposedHead(k, b, h, new float[dh * nk]);
    for (int r = 0; r < tq; r++) {
      int qo = (b * tq + r) * width + h * dh;
      int po = (pair * tq + r) * nk;
      Arrays.fill(p, po, po + nk, 0f);
      for (int c = 0; c < dh; c++) {
        float qc = q[qo + c] * scale;
        int ko = c * nk;
        for (int j = 0; j < nk; j++) {
          p[po + j] += qc * kt[ko + j];
        }
      }
      float max = Float.NEGATIVE_INFINITY;
      for (int j = 0; j < nk; j++) {
        max = Math.max(max, p[po + j]);
      }
      float sum = 0f;
      for (int j = 0; j < nk; j++) {
        float e = (float) Math.exp(p[po + j] - max);
        p[po + j] = e;
        sum += e;
      }
      float inv = 1f / sum;
      for (int j = 0; j < nk; j++) {
        p[po + j] *= inv;
      }
      int oo = (b * tq + r) * width + h * dh;
      Arrays.fill(out, oo, oo + dh, 0f);
      for (int j = 0; j < nk; j++) {
        float pj = p[po + j];
        int vo = (b * s.keyRows() + j) * width + h * dh;
        for (int c = 0; c < dh; c++) {
          out[oo + c] += pj * v[vo + c];
        }
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
    float[] vt = transposedHead(v, b, h, new float[dh * nk]);
    float[] dvt = new float[dh * nk];
    float[] dkt = new float[dh * nk];
    float[] ds = new float[nk];
    for (int r = 0; r < tq; r++) {
      int ro = (b * tq + r) * width + h * dh;
      int po = (pair * tq + r) * nk;
      Arrays.fill(ds, 0f);
      for (int c = 0; c < dh; c++) {
        float g = dOut[ro + c];
        int o = c * nk;
        for (int j = 0; j < nk; j++) {
          ds[j] += g * vt[o + j];
          dvt[o + j] += g * p[po + j];
        }
      }
      float dot = 0f;
      for (int j = 0; j < nk; j++) {
        dot += p[po + j] * ds[j];
      }
      for (int j = 0; j < nk; j++) {
        ds[j] = p[po + j] * (ds[j] - dot) * scale;
      }
      for (int c = 0; c < dh; c++) {
        float qc = q[ro + c];
        int o = c * nk;
        for (int j = 0; j < nk; j++) {
          dkt[o + j] += qc * ds[j];
        }
      }
      for (int j = 0; j < nk; j++) {
        float dsj = ds[j];
        int ko = (b * s.keyRows() + j) * width + h * dh;
        for (int c = 0; c < dh; c++) {
          dq[ro + c] += dsj * k[ko + c];
        }
      }
    }
    for (int j = 0; j < nk; j++) {
      int ko = (b * s.keyRows() + j) * width + h * dh;
      for (int c = 0; c < dh; c++) {
        dk[ko + c] += dkt[c * nk + j];
        dv[ko + c] += dvt[c * nk + j];
      }
    }
  }
}
