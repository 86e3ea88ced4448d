package org.ppl4j.semantics.posterior;

import java.util.List;

/**
 * What a Hamiltonian Monte Carlo run (NUTS) reports about its trajectories, beyond divergences:
 * how often the tree depth limit cut a trajectory short, and the energy Bayesian fraction of
 * missing information of each chain (E-BFMI, Betancourt 2016, "Diagnosing suboptimal
 * cotangent disintegrations in Hamiltonian Monte Carlo"), which is low when the momentum
 * resampling explores the energy distribution poorly (heavy tails, funnels).
 *
 * @param transitions the kept transitions of all chains, &gt;= 0
 * @param treedepthSaturations how many of them stopped at the maximum tree depth, in
 *     [0, transitions]
 * @param maxTreedepth the maximum tree depth, &gt;= 1
 * @param ebfmi per chain, {@code Σ(E_n − E_{n−1})² / Σ(E_n − Ē)²}; {@code NaN} where undefined
 */
public record HamiltonianChecks(long transitions, long treedepthSaturations, int maxTreedepth,
    List<Double> ebfmi) {

  /** Validates the counts and copies the list. */
  public HamiltonianChecks {
    ebfmi = List.copyOf(ebfmi);
    if (transitions < 0 || treedepthSaturations < 0 || treedepthSaturations > transitions) {
      throw new IllegalArgumentException("treedepthSaturations must be in [0, " + transitions
          + "], got " + treedepthSaturations);
    }
    if (maxTreedepth < 1) {
      throw new IllegalArgumentException("maxTreedepth must be >= 1, got " + maxTreedepth);
    }
  }

  /**
   * The E-BFMI of one chain's energies (Betancourt 2016, eq. 3 estimated as in Stan):
   * {@code Σ_{n≥1}(E_n − E_{n−1})² / Σ_n(E_n − Ē)²}; {@code NaN} for fewer than 2 energies or
   * constant energies.
   */
  public static double ebfmi(double[] energies) {
    if (energies.length < 2) {
      return Double.NaN;
    }
    double mean = 0;
    for (double e : energies) {
      mean += e / energies.length;
    }
    double numerator = 0;
    double denominator = 0;
    for (int n = 0; n < energies.length; n++) {
      if (n > 0) {
        double d = energies[n] - energies[n - 1];
        numerator += d * d;
      }
      denominator += (energies[n] - mean) * (energies[n] - mean);
    }
    return denominator > 0 ? numerator / denominator : Double.NaN;
  }
}
