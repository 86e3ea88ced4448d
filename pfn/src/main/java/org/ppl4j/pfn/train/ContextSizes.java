package org.ppl4j.pfn.train;

/**
 * How training draws the number n of context points of a sequence of T points (the rest are
 * queries, each with the same loss weight).
 */
public enum ContextSizes {

  /**
   * n with probability proportional to {@code 1 / (T - n)}: every n then contributes about the
   * same number of query points, so every context size gets the same total loss weight; large
   * contexts are drawn often, each with few queries.
   */
  EQUAL_QUERIES,

  /**
   * n uniform on {@code [0, T - 1]}, as in Müller et al. (2022): every n is drawn as often, so
   * every context size sees as many datasets and small contexts (with more queries per
   * sequence) weigh more in the loss.
   */
  UNIFORM
}
