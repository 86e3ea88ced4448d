package org.ppl4j.runner.method;

import java.util.Locale;

/**
 * The resampling schemes {@code --resampler} selects (Douc, Cappé and Moulines, "Comparison of
 * resampling schemes for particle filtering", 2005). Each keeps the particle count and, in
 * expectation, the weighted distribution of the population.
 */
public enum ResamplerKind {
  SYSTEMATIC,
  STRATIFIED,
  MULTINOMIAL,
  RESIDUAL;

  /** The name written on the command line, e.g. {@code systematic}. */
  public String optionName() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return optionName();
  }
}
