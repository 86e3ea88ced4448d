package org.ppl4j.semantics.dist;

import java.util.function.DoubleUnaryOperator;

/**
 * A test case for a univariate continuous distribution: the distribution under test, an
 * independent reference for its log density and its CDF (Commons Math or a closed form built
 * on Commons Math), and points inside the support where the log densities are compared.
 */
record RealCase(
    String label,
    RealDistribution distribution,
    DoubleUnaryOperator referenceLogDensity,
    DoubleUnaryOperator referenceCdf,
    double[] points) {

  /** A case whose references come from one Commons Math distribution. */
  static RealCase commons(String label, RealDistribution distribution,
      org.apache.commons.math3.distribution.AbstractRealDistribution reference, double... points) {
    return new RealCase(label, distribution, reference::logDensity,
        reference::cumulativeProbability, points);
  }

  @Override
  public String toString() {
    return label;
  }
}
