package org.ppl4j.pfn.nn;

import java.util.List;
import org.ppl4j.pfn.tensor.Backend;
import org.ppl4j.pfn.tensor.Ops;
import org.ppl4j.pfn.tensor.Tape;
import org.ppl4j.pfn.tensor.Tensor;

/** Layer normalisation over the last dimension, gain 1 and shift 0 at start, eps 1e-5. */
public final class LayerNorm implements Layer {

  /** The epsilon added to the variance, as in the PFN reference code. */
  public static final float EPS = 1e-5f;

  private final Parameter gamma;
  private final Parameter beta;

  /**
   * A new layer norm.
   *
   * @param width row width, &gt; 0
   */
  public LayerNorm(String name, Backend backend, int width) {
    this.gamma = new Parameter(name + ".gamma", Init.constant(backend, 1, width, 1f));
    this.beta = new Parameter(name + ".beta", Tensor.zeros(backend, 1, width, true));
  }

  /** Normalises each row of {@code x}. */
  public Tensor apply(Tape tape, Tensor x) {
    return Ops.layerNorm(tape, x, gamma.tensor(), beta.tensor(), EPS);
  }

  @Override
  public List<Parameter> parameters() {
    return List.of(gamma, beta);
  }
}
