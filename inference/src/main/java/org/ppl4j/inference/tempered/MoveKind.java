package org.ppl4j.inference.tempered;

import java.util.Locale;

/**
 * Which MCMC moves tempered SMC makes after each resampling ({@code --move}).
 */
public enum MoveKind {
  /**
   * MALA where it applies (every choice scalar continuous, the same sites in every particle, a
   * gradient of the program's density), else {@link #RW}.
   */
  AUTO(0),
  /**
   * A random walk scaled by the particle cloud's covariance (and single-site moves where the
   * structure varies or sites are discrete): the default.
   */
  RW(0),
  /** The Metropolis-adjusted Langevin algorithm: Hamiltonian moves of one leapfrog step. */
  MALA(1),
  /** Hamiltonian Monte Carlo moves of {@value #HMC_STEPS} leapfrog steps. */
  HMC(MoveKind.HMC_STEPS);

  /** The leapfrog steps of an {@link #HMC} move. */
  public static final int HMC_STEPS = 5;

  private final int leapfrogSteps;

  MoveKind(int leapfrogSteps) {
    this.leapfrogSteps = leapfrogSteps;
  }

  /** The leapfrog steps of a gradient move of this kind (MALA for {@link #AUTO}). */
  public int leapfrogSteps() {
    return Math.max(1, leapfrogSteps);
  }

  /** Whether this kind uses gradient moves where they apply. */
  public boolean wantsGradient() {
    return this != RW;
  }

  /** The acceptance rate the step size is adapted toward: 0.574 for MALA, 0.651 for HMC. */
  public double targetAcceptance() {
    return leapfrogSteps() == 1 ? 0.574 : 0.651;
  }

  /** The name used on the command line. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The kind called {@code name} ({@code auto}, {@code rw}, {@code mala}, {@code hmc}).
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static MoveKind named(String name) {
    for (MoveKind k : values()) {
      if (k.key().equals(name.toLowerCase(Locale.ROOT))) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "--move must be one of auto, rw, mala, hmc, got '" + name + "'");
  }
}
