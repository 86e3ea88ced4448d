package org.ppl4j.inference.kernels;

import java.util.Optional;
import org.ppl4j.semantics.dist.Support;

/**
 * A smooth bijection from the real line onto the support of a scalar continuous site, with the
 * log of its derivative: the scalar transforms of the Stan Reference Manual ("Constraint
 * transforms"), on plain doubles. A random walk on a constrained site (a scale &gt; 0, a
 * probability in (0, 1)) moves {@code u = unconstrain(x)} and accepts with the target density
 * of {@code x} times {@code |dx/du|}: the target expressed in {@code u}, so the move is valid MH
 * whatever the proposal scale, and never proposes outside the support.
 */
public interface SiteTransform {

  /** {@code u} for a point {@code x} strictly inside the support. */
  double unconstrain(double x);

  /** The point of the support for {@code u}. */
  double constrain(double u);

  /** {@code log |dx/du|} at {@code u}. */
  double logJacobian(double u);

  /**
   * The transform of a scalar continuous support: identity for the real line,
   * {@code lower + exp(u)} for a lower bound, a scaled logistic for an interval; empty for
   * discrete, vector and simplex supports (those sites move by prior re-draws).
   */
  static Optional<SiteTransform> of(Support support) {
    if (support instanceof Support.RealLine) {
      return Optional.of(new Identity());
    } else if (support instanceof Support.LowerBounded lb) {
      return Optional.of(new LowerBound(lb.lower()));
    } else if (support instanceof Support.Interval in) {
      return Optional.of(new Interval(in.lower(), in.upper()));
    }
    return Optional.empty();
  }

  /** {@code x = u}; log Jacobian 0. */
  record Identity() implements SiteTransform {
    @Override
    public double unconstrain(double x) {
      return x;
    }

    @Override
    public double constrain(double u) {
      return u;
    }

    @Override
    public double logJacobian(double u) {
      return 0.0;
    }
  }

  /** {@code x = lower + exp(u)} onto (lower, inf); log Jacobian {@code u}. */
  record LowerBound(double lower) implements SiteTransform {
    @Override
    public double unconstrain(double x) {
      return Math.log(x - lower);
    }

    @Override
    public double constrain(double u) {
      return lower + Math.exp(u);
    }

    @Override
    public double logJacobian(double u) {
      return u;
    }
  }

  /**
   * {@code x = lower + (upper - lower) logistic(u)} onto (lower, upper); log Jacobian
   * {@code log(upper - lower) + log logistic(u) + log logistic(-u)}.
   */
  record Interval(double lower, double upper) implements SiteTransform {
    @Override
    public double unconstrain(double x) {
      return Math.log(x - lower) - Math.log(upper - x);
    }

    @Override
    public double constrain(double u) {
      return lower + (upper - lower) / (1 + Math.exp(-u));
    }

    @Override
    public double logJacobian(double u) {
      return Math.log(upper - lower) + logLogistic(u) + logLogistic(-u);
    }

    private static double logLogistic(double u) {
      return u > 0 ? -Math.log1p(Math.exp(-u)) : u - Math.log1p(Math.exp(u));
    }
  }
}
