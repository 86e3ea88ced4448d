package org.ppl4j.pfn.tensor.cpu;

/**
 * Row-wise and elementwise CPU kernels: GELU, layer normalisation, softmax cross-entropy and
 * log-softmax. Each works on a range of rows or elements so that {@link Parallel} can split it.
 */
final class RowKernels {

  private static final float GELU_C = (float) Math.sqrt(2 / Math.PI);
  private static final float GELU_A = 0.044715f;

  private RowKernels() {}

  /** {@code tanh(u)} through one exponential (Math.tanh is not a JIT intrinsic). */
  static float tanh(float u) {
    if (u > 15f) {
      return 1f;
    }
    if (u < -15f) {
      return -1f;
    }
    float e = (float) Math.exp(2 * u);
    return (e - 1f) / (e + 1f);
  }

  static void gelu(float[] x, float[] out, int i0, int i1) {
    for (int i = i0; i < i1; i++) {
      float v = x[i];
      float t = tanh(GELU_C * (v + GELU_A * v * v * v));
      out[i] = 0.5f * v * (1f + t);
    }
  }

  static void geluBackward(float[] x, float[] dy, float[] dx, int i0, int i1) {
    for (int i = i0; i < i1; i++) {
      float v = x[i];
      float t = tanh(GELU_C * (v + GELU_A * v * v * v));
      float d = 0.5f * (1f + t) + 0.5f * v * (1f - t * t) * GELU_C * (1f + 3f * GELU_A * v * v);
      dx[i] += d * dy[i];
    }
  }

  static void layerNorm(float[] x, float[] g, float[] b, float[] out, float[] mean,
      float[] rstd, int r0, int r1, int cols, float eps) {
    for (int r = r0; r < r1; r++) {
      int o = r * cols;
      float s = 0f;
      for (int c = 0; c < cols; c++) {
        s += x[o + c];
      }
      float mu = s / cols;
      float ss = 0f;
      for (int c = 0; c < cols; c++) {
        float d = x[o + c] - mu;
        ss += d * d;
      }
      float rs = (float) (1 / Math.sqrt(ss / cols + eps));
      mean[r] = mu;
      rstd[r] = rs;
      for (int c = 0; c < cols; c++) {
        out[o + c] = g[c] * (x[o + c] - mu) * rs + b[c];
      }
    }
  }

  static void layerNormBackward(float[] x, float[] g, float[] mean, float[] rstd, float[] dy,
      float[] dx, float[] dg, float[] db, int rows, int cols, Parallel parallel) {
    parallel.forRange(rows, 16, (r0, r1) -> {
      for (int r = r0; r < r1; r++) {
        int o = r * cols;
        float mu = mean[r];
        float rs = rstd[r];
        float sumD = 0f;
        float sumDx = 0f;
        for (int c = 0; c < cols; c++) {
          float d = dy[o + c] * g[c];
          float xh = (x[o + c] - mu) * rs;
          sumD += d;
          sumDx += d * xh;
        }
        float mD = sumD / cols;
        float mDx = sumDx / cols;
        for (int c = 0; c < cols; c++) {
          float d = dy[o + c] * g[c];
          float xh = (x[o + c] - mu) * rs;
          dx[o + c] += rs * (d - mD - xh * mDx);
        }
      }
    });
    for (int r = 0; r < rows; r++) {
      int o = r * cols;
      float mu = mean[r];
      float rs = rstd[r];
      for (int c = 0; c < cols; c++) {
        float d = dy[o + c];
        dg[c] += d * (x[o + c] - mu) * rs;
        db[c] += d;
      }
    }
  }

  static void softmaxCrossEntropy(float[] z, float[] t, float[] w, float[] loss, float[] dz,
      int r0, int r1, int k) {
    for (int r = r0; r < r1; r++) {
      int o = r * k;
      float max = Float.NEGATIVE_INFINITY;
      for (int c = 0; c < k; c++) {
        max = Math.max(max, z[o + c]);
      }
      float s = 0f;
      for (int c = 0; c < k; c++) {
        float e = (float) Math.exp(z[o + c] - max);
        dz[o + c] = e;
        s += e;
      }
      int target = (int) t[r];
      if (target < 0 || target >= k) {
        throw new IllegalArgumentException("target class " + target + " outside [0, " + k + ")");
      }
      float logSum = max + (float) Math.log(s);
      loss[r] = logSum - z[o + target];
      float scale = w[r] / s;
      for (int c = 0; c < k; c++) {
        dz[o + c] *= scale;
      }
      dz[o + target] -= w[r];
    }
  }

  static void logSoftmax(float[] z, float[] out, int r0, int r1, int k) {
    for (int r = r0; r < r1; r++) {
      int o = r * k;
      float max = Float.NEGATIVE_INFINITY;
      for (int c = 0; c < k; c++) {
        max = Math.max(max, z[o + c]);
      }
      double s = 0;
      for (int c = 0; c < k; c++) {
        s += Math.exp(z[o + c] - max);
      }
      float logSum = max + (float) Math.log(s);
      for (int c = 0; c < k; c++) {
        out[o + c] = z[o + c] - logSum;
      }
    }
  }
}
