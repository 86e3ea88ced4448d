package org.ppl4j.inference.nuts;

import org.ppl4j.semantics.random.Rng;

/**
 * The Hamiltonian {@code H(q, p) = -log pi(q) + p' M^-1 p / 2} with a diagonal mass matrix
 * M, and its leapfrog (Störmer–Verlet) integrator (Neal, "MCMC using Hamiltonian dynamics",
 * 2011). A log density that throws {@link IllegalArgumentException} or is not finite makes
 * the potential infinite, as Stan rejects points where a parameter leaves its domain.
 * Counts gradient evaluations. One instance per chain.
 */
final class DiagonalHamiltonian {
  private final LogDensityFunction target;
  private final double[] inverseMetric;
  private long gradientEvaluations;

  DiagonalHamiltonian(LogDensityFunction target) {
    this.target = target;
    this.inverseMetric = new double[target.dimension()];
    java.util.Arrays.fill(inverseMetric, 1.0);
  }

  int dimension() {
    return inverseMetric.length;
  }

  double[] inverseMetric() {
    return inverseMetric;
  }

  long gradientEvaluations() {
    return gradientEvaluations;
  }

  /** Sets q's log density and gradient; +inf potential on failure. */
  void updatePotential(PhasePoint z) {
    gradientEvaluations++;
    double logDensity;
    try {
      logDensity = target.logDensity(z.position, z.gradient);
    } catch (IllegalArgumentException | ArithmeticException e) {
      logDensity = Double.NEGATIVE_INFINITY;
    }
    z.logDensity = Double.isNaN(logDensity) ? Double.NEGATIVE_INFINITY : logDensity;
  }

  /** The total energy H(q, p); NaN is reported as +inf. */
  double hamiltonian(PhasePoint z) {
    double kinetic = 0.0;
    for (int i = 0; i < inverseMetric.length; i++) {
      kinetic += z.momentum[i] * z.momentum[i] * inverseMetric[i];
    }
    double h = 0.5 * kinetic - z.logDensity;
    return Double.isNaN(h) ? Double.POSITIVE_INFINITY : h;
  }

  /** Writes {@code M^-1 p} (the velocity) into {@code out}. */
  void velocity(PhasePoint z, double[] out) {
    for (int i = 0; i < inverseMetric.length; i++) {
      out[i] = inverseMetric[i] * z.momentum[i];
    }
  }

  /** Draws p ~ N(0, M). */
  void sampleMomentum(PhasePoint z, Rng rng) {
    for (int i = 0; i < inverseMetric.length; i++) {
      z.momentum[i] = rng.nextGaussian() / Math.sqrt(inverseMetric[i]);
    }
  }

  /** One leapfrog step of size {@code epsilon} (negative: backwards in time). */
  void leapfrog(PhasePoint z, double epsilon) {
    double half = 0.5 * epsilon;
    int d = inverseMetric.length;
    for (int i = 0; i < d; i++) {
      z.momentum[i] += half * z.gradient[i];
    }
    for (int i = 0; i < d; i++) {
      z.position[i] += epsilon * inverseMetric[i] * z.momentum[i];
    }
    updatePotential(z);
    if (z.logDensity == Double.NEGATIVE_INFINITY) {
      return;
    }
    for (int i = 0; i < d; i++) {
      z.momentum[i] += half * z.gradient[i];
    }
  }
}
