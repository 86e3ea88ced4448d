package org.ppl4j.inference.nuts;

/**
 * A point of phase space: position q, momentum p, the log density at q and its gradient.
 * Mutable and confined to one chain's thread: the leapfrog integrator updates it in place,
 * which keeps the inner loop free of allocation; {@link #copy()} and {@link #copyFrom} make
 * the snapshots the tree builder keeps.
 */
final class PhasePoint {
  final double[] position;
  final double[] momentum;
  final double[] gradient;
  double logDensity;

  PhasePoint(int dimension) {
    position = new double[dimension];
    momentum = new double[dimension];
    gradient = new double[dimension];
  }

  PhasePoint copy() {
    PhasePoint out = new PhasePoint(position.length);
    out.copyFrom(this);
    return out;
  }

  void copyFrom(PhasePoint other) {
    System.arraycopy(other.position, 0, position, 0, position.length);
    System.arraycopy(other.momentum, 0, momentum, 0, momentum.length);
    System.arraycopy(other.gradient, 0, gradient, 0, gradient.length);
    logDensity = other.logDensity;
  }
}
