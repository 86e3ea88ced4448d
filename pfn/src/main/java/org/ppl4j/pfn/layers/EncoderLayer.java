package org.ppl4j.pfn.layers;

import java.util.ArrayList;
import java.util.List;
import org.ppl4j.pfn.autograd.Ops;
import org.ppl4j.pfn.autograd.Tape;
import org.ppl4j.pfn.autograd.Tensor;
import org.ppl4j.pfn.backend.Backend;
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
    int rowsPerBlock = x.rows() / batch;
    Tensor context = Ops.gatherRows(tape, x, batch, rowsPerBlock, 0,
        Math.max(contextRows, 1));
    Tensor a = attention.apply(tape, x, context, batch, contextRows);
    Tensor h = norm1.apply(tape, Ops.add(tape, x, a));
    return norm2.apply(tape, Ops.add(tape, h, feedForward.apply(tape, h)));
  }

  @Override
  public List<Parameter> parameters() {
    List<Parameter> all = new ArrayList<>(attention.parameters());
    all.addAll(norm1.parameters());
    all.addAll(feedForward.parameters());
    all.addAll(norm2.parameters());
    return all;
  }
}
