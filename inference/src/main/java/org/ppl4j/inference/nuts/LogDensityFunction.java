package org.ppl4j.inference.nuts;

/**
 * An unnormalised log density on unconstrained R^d with its gradient: what a gradient-based
 * sampler needs. For a constrained model this is the log joint at the constrained point plus
 * the log Jacobian of the transform (see {@code org.ppl4j.semantics.transform.Transform}).
 *
 * <p>Implementations must be safe to call from several threads at once (chains run in
 * parallel), e.g. by keeping their automatic-differentiation tape per thread.
 */
public interface LogDensityFunction {

  /** d, the number of unconstrained coordinates, >= 1. */
  int dimension();

  /**
   * The log density at {@code position} (length d); writes its gradient into
   * {@code gradient} (length d). May return negative infinity (outside the support) or throw
   * {@link IllegalArgumentException} where a parameter leaves its domain; the sampler treats
   * both as a rejected (divergent) point.
   */
  double logDensity(double[] position, double[] gradient);
}
