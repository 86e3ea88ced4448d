package org.ppl4j.pfn.nn;

import java.util.List;
import org.ppl4j.pfn.tensor.AttentionShape;
import org.ppl4j.pfn.tensor.Backend;
import org.ppl4j.pfn.tensor.Ops;
import org.ppl4j.pfn.tensor.RowBlocks;
import org.ppl4j.pfn.tensor.Tape;
import org.ppl4j.pfn.tensor.Tensor;
import org.ppl4j.semantics.random.Rng;

/**
 * A post-LayerNorm Transformer encoder layer in the PFN form (Müller et al. 2022): every row
 * attends to the first {@code contextRows} rows of its sequence only;
 * {@code h = LN1(x + MHA(x, ctx(x)))}, {@code out = LN2(h + FFN(h))}. Dropout is zero.
 */
public final class EncoderLayer implements Layer {

  private final MultiHeadAttention attention;
  private final LayerNorm norm1;
  private final FeedForward feedForward;
  private final LayerNorm norm2;

  /**
   * A new layer.
   *
   * @param width model width, divisible by heads
   * @param heads attention heads, &gt; 0
   * @param hiddenWidth feed-forward hidden width, &gt; 0
   */
  public EncoderLayer(String name, Backend backend, int width, int heads, int hiddenWidth,
      Rng rng) {
    this.attention = new MultiHeadAttention(name + ".attn", backend, width, heads, rng);
    this.norm1 = new LayerNorm(name + ".ln1", backend, width);
    this.feedForward = FeedForward.residual(name + ".ffn", backend, width, hiddenWidth, rng);
    this.norm2 = new LayerNorm(name + ".ln2", backend, width);
  }

  /**
   * Applies the layer to {@code x} ({@code batch} blocks of equal row count) where keys and values
   * are the first {@code contextRows} rows of each block.
   */
  public Tensor apply(Tape tape, Tensor x, int batch, int contextRows) {
    return apply(tape, x, List.of(new SequenceGroup(batch, x.rows() / batch, contextRows)));
  }

  /**
   * Applies the layer to stacked groups of sequences: each row attends to the context rows of
   * its own sequence, as its group says; everything else is row-wise over all rows.
   */
  public Tensor apply(Tape tape, Tensor x, List<SequenceGroup> groups) {
    Tensor context = RowBlocks.perBlock(tape, x, SequenceGroup.totalRows(groups), (i, block) -> {
      SequenceGroup g = groups.get(i);
      return Ops.gatherRows(tape, block, g.sequences(), g.rows(), 0, g.keyRows());
    });
    List<AttentionShape> shapes = groups.stream()
        .map(g -> attention.shape(g.sequences(), g.rows(), g.keyRows(), g.contextRows()))
        .toList();
    Tensor a = attention.apply(tape, x, context, shapes);
    Tensor h = norm1.apply(tape, Ops.add(tape, x, a));
    return norm2.apply(tape, Ops.add(tape, h, feedForward.apply(tape, h)));
  }

  @Override
  public List<Parameter> parameters() {
    return Layer.parametersOf(List.of(attention, norm1, feedForward, norm2));
  }

}
