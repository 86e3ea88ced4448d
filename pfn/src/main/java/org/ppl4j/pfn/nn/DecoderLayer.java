package org.ppl4j.pfn.nn;

import java.util.List;
import org.ppl4j.pfn.tensor.Backend;
import org.ppl4j.pfn.tensor.Ops;
import org.ppl4j.pfn.tensor.Tape;
import org.ppl4j.pfn.tensor.Tensor;
import org.ppl4j.semantics.random.Rng;

/**
 * A post-LayerNorm Transformer decoder layer (Vaswani et al. 2017) as the Distribution
 * Transformer uses it: self-attention among the component tokens of each mixture,
 * cross-attention from them to that mixture's observation tokens, and a GELU feed-forward block;
 * {@code h1 = LN1(x + SelfAttn(x)), h2 = LN2(h1 + CrossAttn(h1, obs)), out = LN3(h2 + FFN(h2))}.
 * No masks, no positional encodings (so it is equivariant over components and invariant over
 * observations); every output projection starts at zero, so the layer starts as
 * {@code LN3(LN2(LN1(x)))}.
 */
public final class DecoderLayer implements Layer {

  private final MultiHeadAttention selfAttention;
  private final LayerNorm norm1;
  private final MultiHeadAttention crossAttention;
  private final LayerNorm norm2;
  private final FeedForward feedForward;
  private final LayerNorm norm3;

  /**
   * A new layer.
   *
   * @param width token width, divisible by heads
   * @param heads attention heads, &gt; 0
   * @param hiddenWidth feed-forward hidden width, &gt; 0
   */
  public DecoderLayer(String name, Backend backend, int width, int heads, int hiddenWidth,
      Rng rng) {
    this.selfAttention = new MultiHeadAttention(name + ".self", backend, width, heads, rng);
    this.norm1 = new LayerNorm(name + ".ln1", backend, width);
    this.crossAttention = new MultiHeadAttention(name + ".cross", backend, width, heads, rng);
    this.norm2 = new LayerNorm(name + ".ln2", backend, width);
    this.feedForward = FeedForward.residual(name + ".ffn", backend, width, hiddenWidth, rng);
    this.norm3 = new LayerNorm(name + ".ln3", backend, width);
  }

  /**
   * Applies the layer to {@code components} ({@code batch} blocks of K rows) with the
   * observation tokens {@code observations} ({@code batch} blocks of equal row count).
   */
  public Tensor apply(Tape tape, Tensor components, Tensor observations, int batch) {
    int k = components.rows() / batch;
    int n = observations.rows() / batch;
    Tensor s = selfAttention.apply(tape, components, components, batch, k);
    Tensor h1 = norm1.apply(tape, Ops.add(tape, components, s));
    Tensor c = crossAttention.apply(tape, h1, observations, batch, n);
    Tensor h2 = norm2.apply(tape, Ops.add(tape, h1, c));
    return norm3.apply(tape, Ops.add(tape, h2, feedForward.apply(tape, h2)));
  }

  @Override
  public List<Parameter> parameters() {
    return Layer.parametersOf(
        List.of(selfAttention, norm1, crossAttention, norm2, feedForward, norm3));
  }

}
