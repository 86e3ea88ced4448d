package org.ppl4j.runner.method;

import java.util.Locale;
import java.util.Optional;

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

  /**
   * The scheme written {@code optionName} on the command line.
   *
   * @param optionName a name such as {@code systematic}
   * @return the scheme, or empty when no scheme has that name
   */
  public static Optional<ResamplerKind> fromOptionName(String optionName) {
    for (ResamplerKind kind : values()) {
      if (kind.optionName().equals(optionName)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return optionName();
  }
}
