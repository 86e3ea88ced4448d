package org.ppl4j.semantics.posterior;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What an inference run reports about itself, beyond its draws.
 *
 * @param exact whether the draws are the exact posterior (enumeration), so no ESS applies
 * @param acceptanceRate the fraction of accepted proposals (MCMC) or attempts (rejection)
 * @param divergences the number of divergent transitions (NUTS)
 * @param essHistory the ESS of an SMC population after each step, in order (empty otherwise)
 * @param hamiltonian tree depth and E-BFMI of a Hamiltonian Monte Carlo run (NUTS)
 * @param adaptiveWarmup the warm-up iterations per chain of a sampler that adapts its kernel
 *     during warm-up, &gt;= 0 (absent for samplers that do not adapt)
 * @param distinctParticles the number of distinct results among the particles of an SMC run's
 *     final population, &gt;= 1 (absent for other methods)
 * @param paretoK the Pareto shape k̂ of the importance weights of a Pareto-smoothed importance
 *     sampling run (an amortised posterior corrected by importance sampling), absent otherwise
 * @param notes what the method itself found wrong with this run, each a message that says what
 *     to do (e.g. a network used outside its training range); empty for most methods
 * @param density how a gradient-based method evaluated the log density: {@code compiled (...)}
 *     or {@code interpreted: reason} (absent for other methods)
 * @param drawStats per-draw statistics of an MCMC sampler, each indexed {@code [chain][draw]}
 *     like {@link Posterior#chains()}, keyed by ArviZ's {@code sample_stats} names
 *     ({@code lp}, {@code acceptance_rate}, {@code step_size}, {@code tree_depth},
 *     {@code n_steps}, {@code diverging} as 0/1, {@code energy}); empty for other methods
 */
public record Diagnostics(
    boolean exact, OptionalDouble acceptanceRate, OptionalLong divergences,
    List<Double> essHistory, Optional<HamiltonianChecks> hamiltonian, OptionalInt adaptiveWarmup,
    OptionalInt distinctParticles, OptionalDouble paretoK, List<String> notes,
    Optional<String> density, Map<String, double[][]> drawStats) {

  /** Validates the components; see the type's documentation for their domains. */
  public Diagnostics {
    Objects.requireNonNull(acceptanceRate, "acceptanceRate");
    Objects.requireNonNull(divergences, "divergences");
    essHistory = List.copyOf(essHistory);
    Objects.requireNonNull(hamiltonian, "hamiltonian");
    Objects.requireNonNull(adaptiveWarmup, "adaptiveWarmup");
    Objects.requireNonNull(distinctParticles, "distinctParticles");
    Objects.requireNonNull(paretoK, "paretoK");
    notes = List.copyOf(notes);
    Objects.requireNonNull(density, "density");
    drawStats = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(drawStats));
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

  /** Diagnostics without the Hamiltonian checks, warm-up and distinct particle count. */
  public Diagnostics(boolean exact, OptionalDouble acceptanceRate, OptionalLong divergences,
      List<Double> essHistory) {
    this(exact, acceptanceRate, divergences, essHistory, Optional.empty(), OptionalInt.empty(),
        OptionalInt.empty(), OptionalDouble.empty(), List.of(), Optional.empty(), Map.of());
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
    return new Diagnostics(exact, OptionalDouble.of(rate), divergences, essHistory, hamiltonian,
        adaptiveWarmup, distinctParticles, paretoK, notes, density, drawStats);
  }

  /** These diagnostics with {@code count} ≥ 0 divergent transitions. */
  public Diagnostics withDivergences(long count) {
    return new Diagnostics(exact, acceptanceRate, OptionalLong.of(count), essHistory,
        hamiltonian, adaptiveWarmup, distinctParticles, paretoK, notes, density, drawStats);
  }

  /** These diagnostics with the given ESS history of an SMC run. */
  public Diagnostics withEssHistory(List<Double> history) {
    return new Diagnostics(exact, acceptanceRate, divergences, history, hamiltonian,
        adaptiveWarmup, distinctParticles, paretoK, notes, density, drawStats);
  }

  /** These diagnostics with the tree depth and E-BFMI checks of a Hamiltonian run. */
  public Diagnostics withHamiltonian(HamiltonianChecks checks) {
    return new Diagnostics(exact, acceptanceRate, divergences, essHistory, Optional.of(checks),
        adaptiveWarmup, distinctParticles, paretoK, notes, density, drawStats);
  }

  /** These diagnostics of a sampler that adapted its kernel during {@code iterations} >= 0. */
  public Diagnostics withAdaptiveWarmup(int iterations) {
    if (iterations < 0) {
      throw new IllegalArgumentException("adaptiveWarmup must be >= 0, got " + iterations);
    }
    return new Diagnostics(exact, acceptanceRate, divergences, essHistory, hamiltonian,
        OptionalInt.of(iterations), distinctParticles, paretoK, notes, density, drawStats);
  }

  /** These diagnostics of an SMC run ending with {@code count} >= 1 distinct results. */
  public Diagnostics withDistinctParticles(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("distinctParticles must be >= 1, got " + count);
    }
    return new Diagnostics(exact, acceptanceRate, divergences, essHistory, hamiltonian,
        adaptiveWarmup, OptionalInt.of(count), paretoK, notes, density, drawStats);
  }

  /** These diagnostics with the Pareto shape {@code k} of a PSIS run's importance weights. */
  public Diagnostics withParetoK(double k) {
    return new Diagnostics(exact, acceptanceRate, divergences, essHistory, hamiltonian,
        adaptiveWarmup, distinctParticles, OptionalDouble.of(k), notes, density, drawStats);
  }

  /** These diagnostics with {@code more} notes of the method appended. */
  public Diagnostics withNotes(List<String> more) {
    List<String> all = new java.util.ArrayList<>(notes);
    all.addAll(more);
    return new Diagnostics(exact, acceptanceRate, divergences, essHistory, hamiltonian,
        adaptiveWarmup, distinctParticles, paretoK, all, density, drawStats);
  }

  /** These diagnostics with {@code path}, how the log density was evaluated. */
  public Diagnostics withDensity(String path) {
    return new Diagnostics(exact, acceptanceRate, divergences, essHistory, hamiltonian,
        adaptiveWarmup, distinctParticles, paretoK, notes, Optional.of(path), drawStats);
  }

  /** These diagnostics with the per-draw sampler statistics {@code stats} (see the type). */
  public Diagnostics withDrawStats(Map<String, double[][]> stats) {
    return new Diagnostics(exact, acceptanceRate, divergences, essHistory, hamiltonian,
        adaptiveWarmup, distinctParticles, paretoK, notes, density, stats);
  }
}
