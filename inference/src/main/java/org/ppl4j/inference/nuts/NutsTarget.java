package org.ppl4j.inference.nuts;

import java.util.List;

/**
 * A {@link LogDensityFunction} with the named quantities to report for each draw: the
 * parameters on their original (constrained) scale and anything derived from them, such as
 * a program's returned value.
 */
public interface NutsTarget extends LogDensityFunction {

  /** The names of the reported quantities, e.g. {@code theta[0]}, {@code mu}. */
  List<String> outputNames();

  /** The reported quantities at unconstrained {@code position}, in {@link #outputNames()} order. */
  double[] outputs(double[] position);
}
