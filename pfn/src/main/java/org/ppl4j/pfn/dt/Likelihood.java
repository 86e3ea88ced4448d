package org.ppl4j.pfn.dt;

import java.util.OptionalInt;
import org.ppl4j.semantics.random.Rng;

/**
 * A simulator of observations given a latent: what a Distribution Transformer is trained to
 * invert. Implementations are stateless; all randomness comes from the given generator.
 */
public interface Likelihood {

  /** Dimension of the latent, &gt; 0. */
  int latentDim();

  /** Values per observation, &gt; 0. */
  int observationDim();

  /** The number of observations every draw has, or empty when {@link #observe} takes it. */
  OptionalInt fixedCount();

  /**
   * Observations drawn given {@code latent}.
   *
   * @param latent a point of dimension {@link #latentDim()}
   * @param count the number of observations wanted, &gt;= 0 (ignored under {@link #fixedCount()})
   * @return rows of {@link #observationDim()} values
   */
  double[][] observe(double[] latent, int count, Rng rng);
}
