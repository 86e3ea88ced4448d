package org.ppl4j.pfn.nn;

import java.util.List;

/** A building block of a network: something that owns named {@link Parameter}s. */
public interface Layer {

  /** Every parameter of this layer and its sub-layers, in a fixed order. */
  List<Parameter> parameters();
}
