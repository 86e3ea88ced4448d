package org.ppl4j.semantics.infer;

import org.ppl4j.semantics.model.ScoreSite;

/**
 * Adds a score to a run's log weight, refusing a sum that overflows to {@code +inf}: finite
 * scores whose sum passes the largest double (two {@code factor(1e308)}) would otherwise give an
 * infinite weight, an infinite log evidence and NaN weights without a word. Every
 * representation that accumulates scores (SMC particles, importance, enumeration, traces, the
 * batched population) adds through here, so the run stops with the score's place instead.
 */
public final class LogWeightSum {
  private LogWeightSum() {}

  /**
   * {@code total + score}.
   *
   * @throws InferenceException at {@code site} when the sum is {@code +inf} although neither
   *     term is
   */
  public static double add(double total, double score, ScoreSite site) {
    double sum = total + score;
    if (sum == Double.POSITIVE_INFINITY && total != Double.POSITIVE_INFINITY
        && score != Double.POSITIVE_INFINITY) {
      throw new InferenceException("the log weight overflowed to +infinity here (the"
          + " scores so far add up to more than 1.8e308; keep factor() and observe densities"
          + " finite and moderate)", site);
    }
    return sum;
  }
}
