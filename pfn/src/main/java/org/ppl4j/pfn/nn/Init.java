package org.ppl4j.pfn.nn;

import org.ppl4j.pfn.tensor.Backend;
import org.ppl4j.pfn.tensor.Tensor;
import org.ppl4j.semantics.random.Rng;

/** Parameter initialisers; every random one takes the generator explicitly. */
public final class Init {

  private Init() {}

  /**
   * Uniform on {@code [-bound, bound]} with {@code bound = 1 / sqrt(fanIn)} (the default of
   * common deep-learning libraries for linear layers; He et al. 2015 with a = sqrt 5).
   */
  public static Tensor uniformFanIn(Backend backend, int rows, int cols, int fanIn, Rng rng) {
    float bound = (float) (1 / Math.sqrt(fanIn));
    float[] v = new float[rows * cols];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) ((2 * rng.nextDouble() - 1) * bound);
    }
    return Tensor.of(backend, rows, cols, v, true);
  }

  /** A tensor of one constant value. */
  public static Tensor constant(Backend backend, int rows, int cols, float value) {
    float[] v = new float[rows * cols];
    java.util.Arrays.fill(v, value);
    return Tensor.of(backend, rows, cols, v, true);
  }
}
