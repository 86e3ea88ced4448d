package org.ppl4j.pfn.nn;

import java.util.List;
import org.ppl4j.pfn.tensor.Backend;
import org.ppl4j.pfn.tensor.Ops;
import org.ppl4j.pfn.tensor.Tape;
import org.ppl4j.pfn.tensor.Tensor;
import org.ppl4j.semantics.random.Rng;

/** An affine layer {@code y = x W + b}, {@code W: in x out}. */
public final class Linear implements Layer {

  private final Parameter weight;
  private final Parameter bias;

  private Linear(Parameter weight, Parameter bias) {
    this.weight = weight;
    this.bias = bias;
  }

  /**
   * A layer with weights and bias uniform on {@code +-1/sqrt(in)}.
   *
   * @param in input width, &gt; 0
   * @param out output width, &gt; 0
   */
  public static Linear random(String name, Backend backend, int in, int out, Rng rng) {
    return new Linear(new Parameter(name + ".w", Init.uniformFanIn(backend, in, out, in, rng)),
        new Parameter(name + ".b", Init.uniformFanIn(backend, 1, out, in, rng)));
  }

  /** A layer whose weights and bias start at zero (a residual block then starts as identity). */
  public static Linear zero(String name, Backend backend, int in, int out) {
    return new Linear(new Parameter(name + ".w", Tensor.zeros(backend, in, out, true)),
        new Parameter(name + ".b", Tensor.zeros(backend, 1, out, true)));
  }

  /** Input width. */
  public int in() {
    return weight.tensor().rows();
  }

  /** Output width. */
  public int out() {
    return weight.tensor().cols();
  }

  /** {@code x W + b} for {@code x: rows x in}. */
  public Tensor apply(Tape tape, Tensor x) {
    return Ops.linear(tape, x, weight.tensor(), bias.tensor());
  }

  @Override
  public List<Parameter> parameters() {
    return List.of(weight, bias);
  }
}
