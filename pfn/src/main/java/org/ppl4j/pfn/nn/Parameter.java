package org.ppl4j.pfn.nn;

import java.util.Objects;
import org.ppl4j.pfn.tensor.Tensor;

/**
 * A trainable tensor with a stable name (its path in the network, e.g. {@code layer2.ffn.out.w}),
 * the unit the optimiser updates and the file format stores.
 *
 * @param name dotted path, unique within a network
 * @param tensor the values and gradient
 */
public record Parameter(String name, Tensor tensor) {

  /** Validates the fields. */
  public Parameter {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(tensor, "tensor");
    if (!tensor.requiresGrad()) {
      throw new IllegalArgumentException("parameter '" + name + "' must require gradients");
    }
  }
}
