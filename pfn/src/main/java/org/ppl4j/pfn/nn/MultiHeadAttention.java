package org.ppl4j.pfn.nn;

import java.util.ArrayList;
import java.util.List;
import org.ppl4j.pfn.tensor.AttentionShape;
import org.ppl4j.pfn.tensor.Backend;
import org.ppl4j.pfn.tensor.Ops;
import org.ppl4j.pfn.tensor.RowBlocks;
import org.ppl4j.pfn.tensor.Tape;
import org.ppl4j.pfn.tensor.Tensor;
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
    return apply(tape, queries, keys, List.of(shape(batch, queries.rows() / batch,
        keys.rows() / batch, keyCount)));
  }

  /**
   * Attention over stacked blocks: block i of the query rows (its
   * {@code batch * queryRows} rows) attends within block i of the key rows as
   * {@code shapes.get(i)} says. The projections run once over all rows.
   */
  public Tensor apply(Tape tape, Tensor queries, Tensor keys, List<AttentionShape> shapes) {
    Tensor q = query.apply(tape, queries);
    Tensor k = key.apply(tape, keys);
    Tensor v = value.apply(tape, keys);
    if (shapes.size() == 1) {
      return output.apply(tape, Ops.attention(tape, shapes.get(0), q, k, v));
    }
    int[] queryBlocks = shapes.stream().mapToInt(s -> s.batch() * s.queryRows()).toArray();
    int[] keyBlocks = shapes.stream().mapToInt(s -> s.batch() * s.keyRows()).toArray();
    List<Tensor> qs = RowBlocks.split(tape, q, queryBlocks);
    List<Tensor> ks = RowBlocks.split(tape, k, keyBlocks);
    List<Tensor> vs = RowBlocks.split(tape, v, keyBlocks);
    List<Tensor> outs = new ArrayList<>(shapes.size());
    for (int i = 0; i < shapes.size(); i++) {
      outs.add(Ops.attention(tape, shapes.get(i), qs.get(i), ks.get(i), vs.get(i)));
    }
    return output.apply(tape, RowBlocks.concat(tape, outs));
  }

  /** The shape of one block of this layer's attention (its heads and head width filled in). */
  public AttentionShape shape(int batch, int queryRows, int keyRows, int keyCount) {
    return new AttentionShape(batch, queryRows, keyRows, keyCount, heads, query.in() / heads);
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
