package org.ppl4j.pfn.tensor.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ppl4j.pfn.tensor.AttentionShape;
import org.ppl4j.pfn.tensor.Backend;
import org.ppl4j.pfn.tensor.Storage;
import org.ppl4j.pfn.tensor.cpu.CpuBackend;
import org.ppl4j.semantics.random.Rng;

/**
 * Every {@link Backend} method of a candidate backend against the single-threaded CPU backend
 * (the reference) on random Gaussian inputs (never zeros), with fixed seeds. Errors are
 * normwise: {@code max |candidate - reference| / max |reference|} over the output, at most
 * {@link #elementwiseTolerance()} for fp32 elementwise and row kernels, {@link #gemmTolerance()}
 * for matrix products and {@link #attentionTolerance()} for attention. Subclasses supply the
 * candidate: the CPU with several threads (always run, checking this suite itself), and the GPU
 * under the {@code gpu} tag.
 */
abstract class BackendParitySuite {

  /** The backend under test. */
  abstract Backend candidate();

  /** Normwise bound for fp32 elementwise, row and reduction kernels. */
  double elementwiseTolerance() {
    return 1e-5;
  }

  /** Normwise bound for matrix products. */
  abstract double gemmTolerance();

  /** Normwise bound for attention (products, a softmax, products). */
  abstract double attentionTolerance();

  private final Backend reference = CpuBackend.withThreads(1);

  static float[] gaussian(int n, Rng rng) {
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      v[i] = (float) rng.nextGaussian();
    }
    return v;
  }

  /** The same values on both backends. */
  private record Pair(Storage ref, Storage cand) {}

  private Pair both(float[] values) {
    return new Pair(reference.upload(values), candidate().upload(values));
  }

  private void assertClose(Pair p, double tol, String what) {
    float[] e = reference.download(p.ref());
    float[] a = candidate().download(p.cand());
    assertEquals(e.length, a.length, what + ": length");
    double maxErr = 0;
    double maxRef = 0;
    for (int i = 0; i < e.length; i++) {
      maxErr = Math.max(maxErr, Math.abs((double) a[i] - e[i]));
      maxRef = Math.max(maxRef, Math.abs(e[i]));
      assertTrue(Float.isFinite(a[i]), what + ": element " + i + " is " + a[i]);
    }
    double rel = maxErr / Math.max(maxRef, 1e-30);
    assertTrue(rel <= tol, String.format("%s on %s: normwise error %.3e > %.1e (max |ref| %.3e)",
        what, candidate().name(), rel, tol, maxRef));
  }

  @Test
  void allocateIsZeroAndUploadRoundTrips() {
    Backend be = candidate();
    for (int n : new int[] {0, 1, 255, 257, 10_000}) {
      float[] z = be.download(be.allocate(n));
      for (float v : z) {
        assertEquals(0f, v, "allocate(" + n + ") not zero");
      }
      float[] v = gaussian(n, Rng.seeded(n));
      Storage s = be.upload(v);
      be.release(be.allocate(n)); // a reused block must not leak into live storage
      assertEquals(java.util.Arrays.toString(v), java.util.Arrays.toString(be.download(s)));
    }
  }

  @Test
  void fillCopyAddAxpyScale() {
    Rng rng = Rng.seeded(1);
    int n = 5003;
    Pair a = both(gaussian(n, rng));
    Pair b = both(gaussian(n, rng));
    Pair out = both(gaussian(n, rng));
    reference.add(a.ref(), b.ref(), out.ref(), n - 3);
    candidate().add(a.cand(), b.cand(), out.cand(), n - 3);
    assertClose(out, elementwiseTolerance(), "add");
    reference.axpy(-0.7f, a.ref(), b.ref(), n - 1);
    candidate().axpy(-0.7f, a.cand(), b.cand(), n - 1);
    assertClose(b, elementwiseTolerance(), "axpy");
    reference.scale(b.ref(), 1.3f);
    candidate().scale(b.cand(), 1.3f);
    assertClose(b, elementwiseTolerance(), "scale");
    reference.copy(a.ref(), 7, b.ref(), 100, 2000);
    candidate().copy(a.cand(), 7, b.cand(), 100, 2000);
    assertClose(b, 0, "copy");
    reference.fill(a.ref(), 2.5f);
    candidate().fill(a.cand(), 2.5f);
    assertClose(a, 0, "fill");
    double e = reference.sumOfSquares(b.ref());
    double g = candidate().sumOfSquares(b.cand());
    assertEquals(e, g, 1e-9 * e, "sumOfSquares");
  }

  @Test
  void gemmAllTransposesOddShapesOffsetsAlphaBeta() {
    Rng rng = Rng.seeded(2);
    int[][] shapes = {{1, 1, 1}, {5, 7, 3}, {33, 17, 65}, {17, 130, 40}, {300, 200, 150},
        {129, 257, 64}};
    for (int[] s : shapes) {
      for (boolean ta : new boolean[] {false, true}) {
        for (boolean tb : new boolean[] {false, true}) {
          int m = s[0];
          int n = s[1];
          int k = s[2];
          int lda = (ta ? m : k) + 2;
          int ldb = (tb ? k : n) + 1;
          int ldc = n + 3;
          Pair a = both(gaussian(3 + lda * (ta ? k : m), rng));
          Pair b = both(gaussian(1 + ldb * (tb ? n : k), rng));
          Pair c = both(gaussian(2 + ldc * m, rng));
          reference.gemm(ta, tb, m, n, k, 0.7f, a.ref(), 3, lda, b.ref(), 1, ldb, -0.3f,
              c.ref(), 2, ldc);
          candidate().gemm(ta, tb, m, n, k, 0.7f, a.cand(), 3, lda, b.cand(), 1, ldb, -0.3f,
              c.cand(), 2, ldc);
          assertClose(c, gemmTolerance(),
              "gemm " + m + "x" + n + "x" + k + " transA " + ta + " transB " + tb);
        }
      }
    }
  }

  @Test
  void gemmBatchedWithBetaZeroIgnoresOldC() {
    Rng rng = Rng.seeded(3);
    int m = 48;
    int n = 40;
    int k = 24;
    int count = 5;
    Pair a = both(gaussian(count * m * k, rng));
    Pair b = both(gaussian(count * k * n + 7, rng));
    Pair c = both(gaussian(count * m * n, rng));
    reference.gemmBatched(false, true, m, n, k, 1f, a.ref(), 0, k, m * k, b.ref(), 7, k, n * k,
        0f, c.ref(), 0, n, m * n, count);
    candidate().gemmBatched(false, true, m, n, k, 1f, a.cand(), 0, k, m * k, b.cand(), 7, k,
        n * k, 0f, c.cand(), 0, n, m * n, count);
    assertClose(c, gemmTolerance(), "gemmBatched");
  }

  @Test
  void biasRowsAndGelu() {
    Rng rng = Rng.seeded(4);
    int rows = 300;
    int cols = 70;
    Pair y = both(gaussian(rows * cols, rng));
    Pair bias = both(gaussian(cols, rng));
    reference.addRowVector(y.ref(), bias.ref(), rows, cols);
    candidate().addRowVector(y.cand(), bias.cand(), rows, cols);
    assertClose(y, elementwiseTolerance(), "addRowVector");
    reference.sumRowsInto(y.ref(), bias.ref(), rows, cols);
    candidate().sumRowsInto(y.cand(), bias.cand(), rows, cols);
    assertClose(bias, elementwiseTolerance(), "sumRowsInto");
    Pair out = both(gaussian(rows * cols, rng));
    reference.gelu(y.ref(), out.ref(), rows * cols);
    candidate().gelu(y.cand(), out.cand(), rows * cols);
    assertClose(out, elementwiseTolerance(), "gelu");
    Pair dy = both(gaussian(rows * cols, rng));
    Pair dx = both(gaussian(rows * cols, rng));
    reference.geluBackward(y.ref(), dy.ref(), dx.ref(), rows * cols);
    candidate().geluBackward(y.cand(), dy.cand(), dx.cand(), rows * cols);
    assertClose(dx, elementwiseTolerance(), "geluBackward");
  }

  @Test
  void layerNormForwardAndBackward() {
    Rng rng = Rng.seeded(5);
    int rows = 200;
    int cols = 96;
    Pair x = both(gaussian(rows * cols, rng));
    Pair gamma = both(gaussian(cols, rng));
    Pair beta = both(gaussian(cols, rng));
    Pair out = both(gaussian(rows * cols, rng));
    Pair mean = both(new float[rows]);
    Pair rstd = both(new float[rows]);
    reference.layerNorm(x.ref(), gamma.ref(), beta.ref(), out.ref(), mean.ref(), rstd.ref(),
        rows, cols, 1e-5f);
    candidate().layerNorm(x.cand(), gamma.cand(), beta.cand(), out.cand(), mean.cand(),
        rstd.cand(), rows, cols, 1e-5f);
    assertClose(out, elementwiseTolerance(), "layerNorm");
    assertClose(rstd, elementwiseTolerance(), "layerNorm rstd");
    Pair dy = both(gaussian(rows * cols, rng));
    Pair dx = both(gaussian(rows * cols, rng));
    Pair dg = both(gaussian(cols, rng));
    Pair db = both(gaussian(cols, rng));
    reference.layerNormBackward(x.ref(), gamma.ref(), mean.ref(), rstd.ref(), dy.ref(),
        dx.ref(), dg.ref(), db.ref(), rows, cols);
    candidate().layerNormBackward(x.cand(), gamma.cand(), mean.cand(), rstd.cand(), dy.cand(),
        dx.cand(), dg.cand(), db.cand(), rows, cols);
    assertClose(dx, elementwiseTolerance(), "layerNormBackward dx");
    assertClose(dg, elementwiseTolerance(), "layerNormBackward dgamma");
    assertClose(db, elementwiseTolerance(), "layerNormBackward dbeta");
  }

  @Test
  void attentionForwardAndBackward() {
    Rng rng = Rng.seeded(6);
    for (int keyCount : new int[] {0, 5, 40, 100}) {
      AttentionShape s = new AttentionShape(3, 120, 100, keyCount, 4, 32);
      int qn = s.batch() * s.queryRows() * s.width();
      int kn = s.batch() * s.keyRows() * s.width();
      Pair q = both(gaussian(qn, rng));
      Pair k = both(gaussian(kn, rng));
      Pair v = both(gaussian(kn, rng));
      Pair out = both(gaussian(qn, rng));
      Pair p = both(new float[s.probabilityCount()]);
      reference.attention(s, q.ref(), k.ref(), v.ref(), out.ref(), p.ref());
      candidate().attention(s, q.cand(), k.cand(), v.cand(), out.cand(), p.cand());
      assertClose(out, keyCount == 0 ? 0 : attentionTolerance(), "attention, keys " + keyCount);
      assertClose(p, attentionTolerance(), "attention probabilities, keys " + keyCount);
      Pair dOut = both(gaussian(qn, rng));
      Pair dq = both(gaussian(qn, rng));
      Pair dk = both(gaussian(kn, rng));
      Pair dv = both(gaussian(kn, rng));
      reference.attentionBackward(s, q.ref(), k.ref(), v.ref(), p.ref(), dOut.ref(), dq.ref(),
          dk.ref(), dv.ref());
      candidate().attentionBackward(s, q.cand(), k.cand(), v.cand(), p.cand(), dOut.cand(),
          dq.cand(), dk.cand(), dv.cand());
      assertClose(dq, attentionTolerance(), "attention dq, keys " + keyCount);
      assertClose(dk, attentionTolerance(), "attention dk, keys " + keyCount);
      assertClose(dv, attentionTolerance(), "attention dv, keys " + keyCount);
    }
  }

  @Test
  void crossEntropyAndLogSoftmax() {
    Rng rng = Rng.seeded(7);
    int rows = 150;
    int classes = 1000;
    float[] targets = new float[rows];
    float[] weights = new float[rows];
    for (int r = 0; r < rows; r++) {
      targets[r] = rng.nextInt(classes);
      weights[r] = (float) (0.5 + rng.nextDouble());
    }
    float[] logits = gaussian(rows * classes, rng);
    for (int i = 0; i < logits.length; i++) {
      logits[i] *= 3;
    }
    Pair z = both(logits);
    Pair t = both(targets);
    Pair w = both(weights);
    Pair loss = both(new float[rows]);
    Pair dz = both(gaussian(rows * classes, rng));
    reference.softmaxCrossEntropy(z.ref(), t.ref(), w.ref(), loss.ref(), dz.ref(), rows,
        classes);
    candidate().softmaxCrossEntropy(z.cand(), t.cand(), w.cand(), loss.cand(), dz.cand(), rows,
        classes);
    assertClose(loss, elementwiseTolerance(), "softmaxCrossEntropy loss");
    assertClose(dz, elementwiseTolerance(), "softmaxCrossEntropy gradient");
    Pair out = both(new float[rows * classes]);
    reference.logSoftmax(z.ref(), out.ref(), rows, classes);
    candidate().logSoftmax(z.cand(), out.cand(), rows, classes);
    assertClose(out, elementwiseTolerance(), "logSoftmax");
  }

  @Test
  void gatherScatterMask() {
    Rng rng = Rng.seeded(8);
    int batch = 6;
    int rows = 50;
    int cols = 33;
    Pair x = both(gaussian(batch * rows * cols, rng));
    Pair g = both(gaussian(batch * 20 * cols, rng));
    reference.gatherRows(x.ref(), g.ref(), batch, rows, 30, 50, cols);
    candidate().gatherRows(x.cand(), g.cand(), batch, rows, 30, 50, cols);
    assertClose(g, 0, "gatherRows");
    reference.scatterRowsAdd(g.ref(), x.ref(), batch, rows, 30, 50, cols);
    candidate().scatterRowsAdd(g.cand(), x.cand(), batch, rows, 30, 50, cols);
    assertClose(x, elementwiseTolerance(), "scatterRowsAdd");
    Pair out = both(gaussian(batch * rows * cols, rng));
    reference.maskRows(x.ref(), out.ref(), batch, rows, 17, cols);
    candidate().maskRows(x.cand(), out.cand(), batch, rows, 17, cols);
    assertClose(out, 0, "maskRows");
    reference.maskRows(x.ref(), x.ref(), batch, rows, 3, cols);
    candidate().maskRows(x.cand(), x.cand(), batch, rows, 3, cols);
    assertClose(x, 0, "maskRows in place");
  }

  @Test
  void adamSteps() {
    Rng rng = Rng.seeded(9);
    int n = 3000;
    Pair p = both(gaussian(n, rng));
    Pair m = both(new float[n]);
    Pair v = both(new float[n]);
    for (int step = 1; step <= 3; step++) {
      Pair g = both(gaussian(n, rng));
      reference.adamStep(p.ref(), g.ref(), m.ref(), v.ref(), 0.8f, 1e-3f, 0.9f, 0.999f, 1e-8f,
          step);
      candidate().adamStep(p.cand(), g.cand(), m.cand(), v.cand(), 0.8f, 1e-3f, 0.9f, 0.999f,
          1e-8f, step);
    }
    assertClose(p, elementwiseTolerance(), "adam parameters");
    assertClose(m, elementwiseTolerance(), "adam first moments");
    assertClose(v, elementwiseTolerance(), "adam second moments");
  }
}
