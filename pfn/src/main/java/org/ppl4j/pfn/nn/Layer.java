package org.ppl4j.pfn.nn;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A building block of a network: something that owns named {@link Parameter}s. */
public interface Layer {

  /** Every parameter of this layer and its sub-layers, in a fixed order. */
  List<Parameter> parameters();

  /**
   * The parameters of {@code layers}, layer by layer in the given order (the order a network
   * file stores them in), every name checked to occur once.
   *
   * @throws AssertionError on a duplicate name (a bug in the network's construction)
   */
  static List<Parameter> parametersOf(List<? extends Layer> layers) {
    List<Parameter> all = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (Layer layer : layers) {
      for (Parameter p : layer.parameters()) {
        if (!names.add(p.name())) {
          throw new AssertionError("duplicate parameter name " + p.name());
        }
        all.add(p);
      }
    }
    return all;
  }
}
