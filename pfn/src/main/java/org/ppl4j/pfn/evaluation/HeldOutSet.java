package org.ppl4j.pfn.evaluation;

import org.ppl4j.pfn.prior.Dataset;
import org.ppl4j.pfn.prior.DatasetPrior;
import org.ppl4j.semantics.random.Rng;

/**
 * Held-out datasets for evaluation at one context size: {@code count} prior draws of
 * {@code context + queries} points, the first {@code context} being the training points.
 *
 * @param context number of context points n, &gt;= 0
 * @param queries number of test points per dataset, &gt; 0
 * @param datasets the draws
 */
public record HeldOutSet(int context, int queries, Dataset[] datasets) {

  /** Draws {@code count} datasets from {@code prior}, each with its own split generator. */
  public static HeldOutSet draw(DatasetPrior prior, int context, int queries, int count,
      Rng rng) {
    Dataset[] d = new Dataset[count];
    for (int i = 0; i < count; i++) {
      d[i] = prior.sample(context + queries, rng.split());
    }
    return new HeldOutSet(context, queries, d);
  }
}
