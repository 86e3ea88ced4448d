package org.ppl4j.pfn.tensor;

import static org.ppl4j.pfn.tensor.GradientCheck.check;
import static org.ppl4j.pfn.tensor.GradientCheck.randn;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ppl4j.pfn.tensor.cpu.CpuBackend;
import org.ppl4j.semantics.random.Rng;

/** Finite-difference gradient checks of every op in {@link Ops} on the CPU backend. */
class OpsGradientTest {

  private final Backend be = CpuBackend.withThreads(2);
  private final Rng rng = Rng.seeded(20261127);

  @Test
  void matmul() {
    Tensor a = randn(be, 5, 7, true, rng);
    Tensor b = randn(be, 7, 6, true, rng);
    check("matmul", be, List.of(a, b), t -> Ops.matmul(t, a, b), rng);
  }

  @Test
  void linear() {
    Tensor x = randn(be, 9, 5, true, rng);
    Tensor w = randn(be, 5, 4, true, rng);
    Tensor b = randn(be, 1, 4, true, rng);
    check("linear", be, List.of(x, w, b), t -> Ops.linear(t, x, w, b), rng);
  }

  @Test
  void add() {
    Tensor a = randn(be, 4, 3, true, rng);
    Tensor b = randn(be, 4, 3, true, rng);
    check("add", be, List.of(a, b), t -> Ops.add(t, a, b), rng);
  }

  @Test
  void addOfATensorWithItself() {
    Tensor a = randn(be, 4, 3, true, rng);
    check("add-self", be, List.of(a), t -> Ops.add(t, a, a), rng);
  }

  @Test
  void splitAndConcatRouteEveryRowBack() {
    Tensor x = randn(be, 6, 3, true, rng);
    Tensor w = randn(be, 3, 3, true, rng);
    check("split-concat", be, List.of(x, w), t -> {
      List<Tensor> parts = RowBlocks.split(t, x, new int[] {2, 3, 1});
      Tensor reordered = RowBlocks.concat(t, List.of(parts.get(2), Ops.gelu(t, parts.get(0)),
          Ops.matmul(t, parts.get(1), w)));
      return reordered;
    }, rng);
  }

  @Test
  void perBlockAppliesOneOpPerBlock() {
    Tensor x = randn(be, 7, 2, true, rng);
    check("perBlock", be, List.of(x), t -> RowBlocks.perBlock(t, x, new int[] {3, 4},
        (i, block) -> Ops.maskRows(t, block, 1, block.rows(), i + 1)), rng);
  }

  @Test
  void gelu() {
    Tensor x = randn(be, 6, 5, true, rng);
    check("gelu", be, List.of(x), t -> Ops.gelu(t, x), rng);
  }

  @Test
  void layerNorm() {
    Tensor x = randn(be, 6, 8, true, rng);
    Tensor g = randn(be, 1, 8, true, rng);
    Tensor b = randn(be, 1, 8, true, rng);
    check("layerNorm", be, List.of(x, g, b), t -> Ops.layerNorm(t, x, g, b, 1e-5f), rng);
  }

  @Test
  void attentionOverContextRows() {
    AttentionShape s = new AttentionShape(2, 5, 4, 3, 2, 3);
    Tensor q = randn(be, 10, 6, true, rng);
    Tensor k = randn(be, 8, 6, true, rng);
    Tensor v = randn(be, 8, 6, true, rng);
    check("attention", be, List.of(q, k, v), t -> Ops.attention(t, s, q, k, v), rng);
  }

  @Test
  void attentionWithAllKeys() {
    AttentionShape s = new AttentionShape(3, 2, 4, 4, 1, 4);
    Tensor q = randn(be, 6, 4, true, rng);
    Tensor k = randn(be, 12, 4, true, rng);
    Tensor v = randn(be, 12, 4, true, rng);
    check("attention-all", be, List.of(q, k, v), t -> Ops.attention(t, s, q, k, v), rng);
  }

  @Test
  void attentionWithoutKeysIsZeroWithZeroGradient() {
    AttentionShape s = new AttentionShape(2, 3, 1, 0, 2, 2);
    Tensor q = randn(be, 6, 4, true, rng);
    Tensor k = randn(be, 2, 4, true, rng);
    Tensor v = randn(be, 2, 4, true, rng);
    check("attention-empty", be, List.of(q, k, v), t -> Ops.attention(t, s, q, k, v), rng);
  }

  @Test
  void gatherRows() {
    Tensor x = randn(be, 12, 3, true, rng);
    check("gatherRows", be, List.of(x), t -> Ops.gatherRows(t, x, 3, 4, 1, 3), rng);
  }

  @Test
  void maskRows() {
    Tensor x = randn(be, 12, 3, true, rng);
    check("maskRows", be, List.of(x), t -> Ops.maskRows(t, x, 2, 6, 4), rng);
  }

  @Test
  void weightedSum() {
    Tensor x = randn(be, 4, 5, true, rng);
    Tensor w = randn(be, 4, 5, false, rng);
    check("weightedSum", be, List.of(x), t -> Ops.weightedSum(t, x, w), rng);
  }

  @Test
  void crossEntropy() {
    Tensor z = randn(be, 5, 7, true, rng);
    Tensor target = Tensor.of(be, 5, 1, new float[] {0, 6, 3, 3, 1}, false);
    Tensor weight = Tensor.of(be, 5, 1, new float[] {0.2f, 1f, 0.5f, 2f, 0.1f}, false);
    check("crossEntropy", be, List.of(z), t -> Ops.crossEntropy(t, z, target, weight), rng);
  }
}
