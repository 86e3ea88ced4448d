package org.ppl4j.semantics.value;

import org.ppl4j.semantics.dist.Distribution;

/**
 * A distribution value of the language that no family constructor makes: one computed from
 * other distributions ({@code mixture}) or by inference ({@code infer}, LANGUAGE.md §9.2–9.3).
 * It is sampled, observed and given to {@code logpdf} like a {@link ValueDistribution}; its
 * log density may carry a derivative (an {@link AdRealValue}) when its parameters do, so that
 * gradient-based inference differentiates through it.
 */
public interface ComputedDistribution extends Distribution<Value> {

  /**
   * The log density (log mass) at {@code x} as a value: a {@code Real}, an {@link AdRealValue}
   * when a parameter carries a derivative; {@code -inf} outside the support.
   *
   * @throws IllegalArgumentException when {@code x} is of a kind the distribution has no
   *     density for, with a message naming the distribution
   */
  Value logDensityValue(Value x);

  /**
   * The log density at {@code x} for an {@code observe}'s score: its value, with its derivative
   * recorded for gradient-based inference when it has one ({@link AdArith#score(Value)}).
   */
  default double logDensityForScore(Value x) {
    return AdArith.score(logDensityValue(x));
  }

  /** How the distribution is shown in messages and printed values, e.g. {@code mixture(...)}. */
  String describe();
}
