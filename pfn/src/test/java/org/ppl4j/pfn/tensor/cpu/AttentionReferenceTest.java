package org.ppl4j.pfn.tensor.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.ppl4j.pfn.tensor.AttentionShape;
import org.ppl4j.pfn.tensor.Backend;
import org.ppl4j.pfn.tensor.Storage;
import org.ppl4j.semantics.random.Rng;

/**
 * The CPU attention kernel against a direct double-precision evaluation of its definition
 * ({@code P = softmax(Q K^T / sqrt(d))} over the first keyCount keys, {@code O = P V}, and the
 * gradients of {@code sum(O * G)} for a random G): outputs, stored probabilities and all three
 * input gradients, for several key counts including 1 and all keys. Float rounding of sums of
 * at most 64 terms of size O(1) stays below 1e-4 absolute.
 */
class AttentionReferenceTest {

  private static final double TOLERANCE = 1e-4;

  @Test
  void matchesDirectEvaluation() {
    Backend be = CpuBackend.withThreads(2);
    Rng rng = Rng.seeded(20261127);
    for (int keyCount : new int[] {1, 2, 7, 13}) {
      AttentionShape s = new AttentionShape(3, 11, 13, keyCount, 2, 5);
      float[] q = random(s.batch() * s.queryRows() * s.width(), rng);
      float[] k = random(s.batch() * s.keyRows() * s.width(), rng);
      float[] v = random(s.batch() * s.keyRows() * s.width(), rng);
      float[] g = random(q.length, rng);
      Storage out = be.allocate(q.length);
      Storage p = be.allocate(s.probabilityCount());
      be.attention(s, be.upload(q), be.upload(k), be.upload(v), out, p);
      Storage dq = be.upload(random(q.length, rng));
      Storage dk = be.upload(random(k.length, rng));
      Storage dv = be.upload(random(v.length, rng));
      float[] dq0 = be.download(dq);
      float[] dk0 = be.download(dk);
      float[] dv0 = be.download(dv);
      be.attentionBackward(s, be.upload(q), be.upload(k), be.upload(v), p, be.upload(g), dq, dk,
          dv);
      Reference r = new Reference(s, q, k, v, g);
      assertClose(r.out, be.download(out), null, "out, keys " + keyCount);
      assertClose(r.p, be.download(p), null, "probabilities, keys " + keyCount);
      assertClose(r.dq, be.download(dq), dq0, "dq, keys " + keyCount);
      assertClose(r.dk, be.download(dk), dk0, "dk, keys " + keyCount);
      assertClose(r.dv, be.download(dv), dv0, "dv, keys " + keyCount);
    }
  }

  /** Expected = reference; actual minus {@code before} (gradients accumulate) when given. */
  private static void assertClose(double[] expected, float[] actual, float[] before,
      String what) {
    assertEquals(expected.length, actual.length, what + " length");
    for (int i = 0; i < expected.length; i++) {
      double a = actual[i] - (before == null ? 0 : before[i]);
      assertEquals(expected[i], a, TOLERANCE, what + " at " + i);
    }
  }

  private static float[] random(int n, Rng rng) {
    float[] x = new float[n];
    for (int i = 0; i < n; i++) {
      x[i] = (float) rng.nextGaussian();
    }
    return x;
  }

  /** Direct evaluation in double of the attention and its gradients. */
  private static final class Reference {
    final double[] out;
    final double[] p;
    final double[] dq;
    final double[] dk;
    final double[] dv;

    Reference(AttentionShape s, float[] q, float[] k, float[] v, float[] g) {
      int w = s.width();
      int dh = s.headDim();
      int nk = s.keyCount();
      int tq = s.queryRows();
      double scale = 1 / Math.sqrt(dh);
      out = new double[q.length];
      p = new double[s.probabilityCount()];
      dq = new double[q.length];
      dk = new double[k.length];
      dv = new double[v.length];
      for (int b = 0; b < s.batch(); b++) {
        for (int h = 0; h < s.heads(); h++) {
          int pair = b * s.heads() + h;
          for (int r = 0; r < tq; r++) {
            int qi = (b * tq + r) * w + h * dh;
            double[] sc = new double[nk];
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < nk; j++) {
              int ki = (b * s.keyRows() + j) * w + h * dh;
              for (int d = 0; d < dh; d++) {
                sc[j] += q[qi + d] * k[ki + d] * scale;
              }
              max = Math.max(max, sc[j]);
            }
            double sum = 0;
            for (int j = 0; j < nk; j++) {
              sc[j] = Math.exp(sc[j] - max);
              sum += sc[j];
            }
            double[] dp = new double[nk];
            double dot = 0;
            for (int j = 0; j < nk; j++) {
              sc[j] /= sum;
              p[(pair * tq + r) * nk + j] = sc[j];
              int ki = (b * s.keyRows() + j) * w + h * dh;
              for (int d = 0; d < dh; d++) {
                out[qi + d] += sc[j] * v[ki + d];
                dp[j] += g[qi + d] * v[ki + d];
                dv[ki + d] += sc[j] * g[qi + d];
              }
              dot += sc[j] * dp[j];
            }
            for (int j = 0; j < nk; j++) {
              double ds = sc[j] * (dp[j] - dot) * scale;
              int ki = (b * s.keyRows() + j) * w + h * dh;
              for (int d = 0; d < dh; d++) {
                dq[qi + d] += ds * k[ki + d];
                dk[ki + d] += ds * q[qi + d];
              }
            }
          }
        }
      }
    }
  }
}
