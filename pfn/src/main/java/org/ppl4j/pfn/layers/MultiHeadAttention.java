package org.ppl4j.pfn.layers;

import java.util.ArrayList;
import java.util.List;
import org.ppl4j.pfn.autograd.Ops;
import org.ppl4j.pfn.autograd.Tape;
import org.ppl4j.pfn.autograd.Tensor;
import org.ppl4j.pfn.backend.AttentionShape;
import org.ppl4j.pfn.backend.Backend;
import org.ppl4j.semantics.random.Rng;

/**
 * Multi-head attention (Vaswani et al. 2017) with separate query, key and value projections and
 * an output projection that starts at zero. Queries and keys may come from different row sets
 * (self-attention over context rows, or cross-attention).
 */
public final class MultiHeadAttention implements Layer {

  private final int heads;
  private final Linear query;
  private final Linear key;
  private final Linear value;
  private final Linear output;

  /**
   * A new attention layer.
   *
   * @param width model width, &gt; 0 and divisible by {@code heads}
   * @param heads number of heads, &gt; 0
   */
  public MultiHeadAttention(String name, Backend backend, int width, int heads, Rng rng) {
    if (heads <= 0 || width % heads != 0) {
      throw new IllegalArgumentException(
          "width " + width + " is not divisible into " + heads + " heads");
    }
    this.heads = heads;
    this.query = Linear.random(name + ".q", backend, width, width, rng);
    this.key = Linear.random(name + ".k", backend, width, width, rng);
    this.value = Linear.random(name + ".v", backend, width, width, rng);
    this.output = Linear.zero(name + ".o", backend, width, width);
  }

  /**
   * Attention of {@code queries} ({@code batch * queryRows} rows) over the first
   * {@code keyCount} rows of each of the {@code batch} blocks of {@code keys}
   * ({@code batch * keyRows} rows).
   */
  public Tensor apply(Tape tape, Tensor queries, Tensor keys, int batch, int keyCount) {
    int width = query.in();
    AttentionShape shape = new AttentionShape(batch, queries.rows() / batch,
        keys.rows() / batch, keyCount, heads, width / heads);
    Tensor q = query.apply(tape, queries);
    Tensor k = key.apply(tape, keys);
    Tensor v = value.apply(tape, keys);
    return output.apply(tape, Ops.attention(tape, shape, q, k, v));
  }

  @Override
  public List<Parameter> parameters() {
    List<Parameter> all = new ArrayList<>();
    for (Linear l : List.of(query, key, value, output)) {
      all.addAll(l.parameters());
    }
    return all;
  }
}
