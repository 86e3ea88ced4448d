package org.ppl4j.semantics.posterior;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * What an inference run reports about itself, beyond its draws.
 *
 * @param exact whether the draws are the exact posterior (enumeration), so no ESS applies
 * @param acceptanceRate the fraction of accepted proposals (MCMC) or attempts (rejection)
 * @param divergences the number of divergent transitions (NUTS)
 * @param essHistory the ESS of an SMC population after each step, in order (empty otherwise)
 */
public record Diagnostics(
    boolean exact, OptionalDouble acceptanceRate, OptionalLong divergences,
    List<Double> essHistory) {

  /** Validates the components; see the type's documentation for their domains. */
  public Diagnostics {
    Objects.requireNonNull(acceptanceRate, "acceptanceRate");
    Objects.requireNonNull(divergences, "divergences");
    essHistory = List.copyOf(essHistory);
    if (acceptanceRate.isPresent()
        && !(acceptanceRate.getAsDouble() >= 0.0 && acceptanceRate.getAsDouble() <= 1.0)) {
      throw new IllegalArgumentException(
          "acceptanceRate must be in [0, 1], got " + acceptanceRate.getAsDouble());
    }
    if (divergences.isPresent() && divergences.getAsLong() < 0) {
      throw new IllegalArgumentException(
          "divergences must be >= 0, got " + divergences.getAsLong());
    }
  }

  /** No diagnostics: an approximate run that reports nothing about itself. */
  public static Diagnostics none() {
    return new Diagnostics(false, OptionalDouble.empty(), OptionalLong.empty(), List.of());
  }

  /** The diagnostics of an exact result. */
  public static Diagnostics exactResult() {
    return new Diagnostics(true, OptionalDouble.empty(), OptionalLong.empty(), List.of());
  }

  /** These diagnostics with the acceptance rate {@code rate} in [0, 1]. */
  public Diagnostics withAcceptanceRate(double rate) {
    return new Diagnostics(exact, OptionalDouble.of(rate), divergences, essHistory);
  }

  /** These diagnostics with {@code count} ≥ 0 divergent transitions. */
  public Diagnostics withDivergences(long count) {
    return new Diagnostics(exact, acceptanceRate, OptionalLong.of(count), essHistory);
  }

  /** These diagnostics with the given ESS history of an SMC run. */
  public Diagnostics withEssHistory(List<Double> history) {
    return new Diagnostics(exact, acceptanceRate, divergences, history);
  }
}
