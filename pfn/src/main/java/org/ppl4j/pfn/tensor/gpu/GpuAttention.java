package org.ppl4j.pfn.tensor.gpu;

import org.ppl4j.pfn.tensor.AttentionShape;
import org.ppl4j.pfn.tensor.gpu.MatrixProducts.View;

/**
 * Multi-head scaled dot-product attention (Vaswani et al. 2017) on the device, as strided batches
 * of matrix products over the (sequence, head) pairs with a row softmax between them; the same
 * mathematics as the CPU's fused kernel, with the probabilities stored in the same layout
 * ({@code [sequence][head][query][key]}). Forward: {@code P = softmax(Q K^T / sqrt(d))},
 * {@code O = P V}. Backward: {@code dP = dO V^T}, {@code dS = P (dP - rowsum(P dP)) / sqrt(d)},
 * {@code dQ += dS K}, {@code dK += dS^T Q}, {@code dV += P^T dO}.
 */
final class GpuAttention {

  private final GpuBackend backend;
  private final Kernels kernels;
  private final MatrixProducts products;

  GpuAttention(GpuBackend backend, Kernels kernels, MatrixProducts products) {
    this.backend = backend;
    this.kernels = kernels;
    this.products = products;
  }

  void forward(AttentionShape s, GpuStorage q, GpuStorage k, GpuStorage v, GpuStorage out,
      GpuStorage p) {
    checkSizes(s, q, k, v, out, p);
    int nk = s.keyCount();
    if (nk == 0) {
      backend.fill(out, 0f);
      return;
    }
    int pairs = s.batch() * s.heads();
    float scale = (float) (1 / Math.sqrt(s.headDim()));
    products.run(false, true, s.queryRows(), nk, s.headDim(), scale, queries(s, q),
        keys(s, k), 0f, probabilities(s, p), pairs, s.heads());
    kernels.launchRows("softmax_rows", pairs * s.queryRows(),
        new KernelArgs().ptr(p.at(0)).i32(pairs * s.queryRows()).i32(nk));
    products.run(false, false, s.queryRows(), s.headDim(), nk, 1f, probabilities(s, p),
        keys(s, v), 0f, queries(s, out), pairs, s.heads());
  }

  void backward(AttentionShape s, GpuStorage q, GpuStorage k, GpuStorage v, GpuStorage p,
      GpuStorage dOut, GpuStorage dq, GpuStorage dk, GpuStorage dv) {
    checkSizes(s, q, k, v, dOut, p);
    checkSizes(s, dq, dk, dv, dOut, p);
    int nk = s.keyCount();
    if (nk == 0) {
      return;
    }
    int pairs = s.batch() * s.heads();
    int tq = s.queryRows();
    int dh = s.headDim();
    float scale = (float) (1 / Math.sqrt(dh));
    GpuStorage ds = backend.take(s.probabilityCount());
    products.run(false, true, tq, nk, dh, 1f, queries(s, dOut), keys(s, v), 0f,
        probabilities(s, ds), pairs, s.heads());
    kernels.launchRows("softmax_backward_rows", pairs * tq, new KernelArgs().ptr(p.at(0))
        .ptr(ds.at(0)).i32(pairs * tq).i32(nk).f32(scale));
    products.run(false, false, tq, dh, nk, 1f, probabilities(s, ds), keys(s, k), 1f,
        queries(s, dq), pairs, s.heads());
    products.run(true, false, nk, dh, tq, 1f, probabilities(s, ds), queries(s, q), 1f,
        keys(s, dk), pairs, s.heads());
    products.run(true, false, nk, dh, tq, 1f, probabilities(s, p), queries(s, dOut), 1f,
        keys(s, dv), pairs, s.heads());
    ds.release();
  }

  /** Head h of sequence b of a query-shaped matrix ({@code batch * queryRows x width}). */
  private static View queries(AttentionShape s, GpuStorage m) {
    return new View(m, 0, s.width(), (long) s.queryRows() * s.width(), s.headDim());
  }

  /** Head h of sequence b of a key-shaped matrix ({@code batch * keyRows x width}). */
  private static View keys(AttentionShape s, GpuStorage m) {
    return new View(m, 0, s.width(), (long) s.keyRows() * s.width(), s.headDim());
  }

  /** The {@code queryRows x keyCount} probability block of each (sequence, head) pair. */
  private static View probabilities(AttentionShape s, GpuStorage m) {
    long block = (long) s.queryRows() * s.keyCount();
    return new View(m, 0, s.keyCount(), block * s.heads(), block);
  }

  private static void checkSizes(AttentionShape s, GpuStorage q, GpuStorage k, GpuStorage v,
      GpuStorage out, GpuStorage p) {
    long qn = (long) s.batch() * s.queryRows() * s.width();
    long kn = (long) s.batch() * s.keyRows() * s.width();
    GpuBackend.within(q, 0, qn, "attention queries");
    GpuBackend.within(out, 0, qn, "attention output");
    GpuBackend.within(k, 0, kn, "attention keys");
    GpuBackend.within(v, 0, kn, "attention values");
    GpuBackend.within(p, 0, s.probabilityCount(), "attention probabilities");
  }
}
