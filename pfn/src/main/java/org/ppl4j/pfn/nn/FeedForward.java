package org.ppl4j.pfn.nn;

import java.util.ArrayList;
import java.util.List;
import org.ppl4j.pfn.tensor.Backend;
import org.ppl4j.pfn.tensor.Ops;
import org.ppl4j.pfn.tensor.Tape;
import org.ppl4j.pfn.tensor.Tensor;
import org.ppl4j.semantics.random.Rng;

/** The position-wise feed-forward block {@code Linear -> GELU -> Linear}. */
public final class FeedForward implements Layer {

  private final Linear hidden;
  private final Linear out;

  private FeedForward(Linear hidden, Linear out) {
    this.hidden = hidden;
    this.out = out;
  }

  /**
   * A block whose second matrix starts at zero (so the residual block starts as identity).
   *
   * @param width input and output width, &gt; 0
   * @param hiddenWidth hidden width, &gt; 0
   */
  public static FeedForward residual(String name, Backend backend, int width, int hiddenWidth,
      Rng rng) {
    return zeroOutput(name, backend, width, hiddenWidth, width, rng);
  }

  /**
   * A block whose second matrix starts at zero, of any output width (e.g. the Distribution
   * Transformer's de-embedding head, so that an untrained network returns its input).
   */
  public static FeedForward zeroOutput(String name, Backend backend, int in, int hiddenWidth,
      int outWidth, Rng rng) {
    return new FeedForward(Linear.random(name + ".in", backend, in, hiddenWidth, rng),
        Linear.zero(name + ".out", backend, hiddenWidth, outWidth));
  }

  /** A block with both matrices random (e.g. the PFN decoder to bucket logits). */
  public static FeedForward random(String name, Backend backend, int in, int hiddenWidth,
      int outWidth, Rng rng) {
    return new FeedForward(Linear.random(name + ".in", backend, in, hiddenWidth, rng),
        Linear.random(name + ".out", backend, hiddenWidth, outWidth, rng));
  }

  /** {@code W2 gelu(W1 x + b1) + b2} row-wise. */
  public Tensor apply(Tape tape, Tensor x) {
    return out.apply(tape, Ops.gelu(tape, hidden.apply(tape, x)));
  }

  @Override
  public List<Parameter> parameters() {
    List<Parameter> all = new ArrayList<>(hidden.parameters());
    all.addAll(out.parameters());
    return all;
  }
}
