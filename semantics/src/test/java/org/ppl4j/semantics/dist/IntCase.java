package org.ppl4j.semantics.dist;

import java.util.function.IntToDoubleFunction;
import java.util.function.ToIntFunction;
import org.apache.commons.math3.distribution.AbstractIntegerDistribution;
import org.ppl4j.semantics.random.Rng;

/**
 * A test case for a discrete distribution, seen through integers (bernoulli maps true to 1):
 * its sampler and log mass, an independent reference log mass (Commons Math or a closed form),
 * the smallest value of the support, and points where the log masses are compared.
 */
record IntCase(
    String label,
    Distribution<?> distribution,
    ToIntFunction<Rng> sampler,
    IntToDoubleFunction logMass,
    IntToDoubleFunction referenceLogMass,
    int lower,
    int[] points) {

  /** A case for an integer-valued distribution. */
  static IntCase of(String label, IntDistribution distribution,
      IntToDoubleFunction referenceLogMass, int lower, int... points) {
    return new IntCase(label, distribution, distribution::sample, distribution::logDensity,
        referenceLogMass, lower, points);
  }

  /** A case whose reference is one Commons Math distribution. */
  static IntCase commons(String label, IntDistribution distribution,
      AbstractIntegerDistribution reference, int... points) {
    return of(label, distribution, reference::logProbability,
        reference.getSupportLowerBound(), points);
  }

  @Override
  public String toString() {
    return label;
  }
}
