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

  /**
   * Whether the model has generated quantities that are not parameters (LANGUAGE.md §9.4):
   * then each kept draw is reported by {@link #outputs(double[], long)}, which draws them.
   */
  default boolean generatesQuantities() {
    return false;
  }

  /**
   * The reported quantities at {@code position}, the generated quantities drawn from a
   * generator seeded with {@code seed} (the same seed gives the same draws).
   */
  default double[] outputs(double[] position, long seed) {
    return outputs(position);
  }
}
