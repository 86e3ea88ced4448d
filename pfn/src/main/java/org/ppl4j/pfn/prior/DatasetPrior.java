package org.ppl4j.pfn.prior;

import org.ppl4j.semantics.random.Rng;

/**
 * A prior over datasets: the generative process a PFN is trained on. Points within one draw are
 * exchangeable (i.i.d. given the latents), so any prefix is a smaller draw.
 */
public interface DatasetPrior {

  /** Dimension of each point x, &gt; 0. */
  int xDim();

  /**
   * One dataset of {@code points} points.
   *
   * @param points number of points, &gt; 0
   * @param rng the only source of randomness
   */
  Dataset sample(int points, Rng rng);
}
