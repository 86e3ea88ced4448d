package org.ppl4j.semantics.transform;

import org.ppl4j.semantics.ad.AdDistribution;
import org.ppl4j.semantics.ad.AdMath;
import org.ppl4j.semantics.ad.AdReal;
import org.ppl4j.semantics.dist.Family;
import org.ppl4j.semantics.dist.Support;

/**
 * A smooth bijection from unconstrained reals to a distribution's support, with the log of the
 * absolute Jacobian determinant, as in the Stan Reference Manual ("Constraint transforms"):
 * identity for the real line and real vectors, {@code lower + exp(u)} for a lower bound, a
 * scaled logistic for an interval, stick-breaking for the simplex. Gradient-based samplers
 * run on the unconstrained space, where the target density is
 * {@code p(constrain(u)) * |J(u)|}; draws are reported on the constrained scale.
 */
public sealed interface Transform
    permits Transform.Identity, Transform.LowerBound, Transform.Interval, StickBreaking,
    Transform.Above, Transform.Below {

  /** A constrained point with the log absolute Jacobian determinant of the map there. */
  record Constrained(AdReal[] value, AdReal logJacobian) {}

  /** The number of unconstrained coordinates. */
  int unconstrainedDimension();

  /** The number of coordinates of a constrained point. */
  int constrainedDimension();

  /** Maps unconstrained {@code u} (length {@link #unconstrainedDimension()}) into the support. */
  Constrained constrain(AdReal[] u);

  /** The inverse map, for a point strictly inside the support. */
  double[] unconstrain(double[] x);

  /**
   * The transform for draws of {@code d} at its current parameter values; the bounds of
   * {@code uniform(lo, hi)} stay differentiable.
   *
   * @throws IllegalArgumentException for a discrete family
   */
  static Transform of(AdDistribution d) {
    Support s = d.support();
    if (s instanceof Support.RealLine || s instanceof Support.RealVector) {
      return new Identity(d.dimension());
    } else if (s instanceof Support.LowerBounded lb) {
      return new LowerBound(lb.lower());
    } else if (s instanceof Support.Interval) {
      return d.family() == Family.UNIFORM
          ? new Interval(d.scalar(0), d.scalar(1))
          : new Interval(AdReal.constant(0), AdReal.constant(1));
    } else if (s instanceof Support.Simplex simplex) {
      return new StickBreaking(simplex.dimension());
    }
    throw new IllegalArgumentException(
        "'" + d.family().languageName() + "' has discrete draws: no continuous transform");
  }

  /** The identity on R^dimension; log Jacobian 0. */
  record Identity(int dimension) implements Transform {
    @Override
    public int unconstrainedDimension() {
      return dimension;
    }

    @Override
    public int constrainedDimension() {
      return dimension;
    }

    @Override
    public Constrained constrain(AdReal[] u) {
      return new Constrained(u.clone(), AdReal.ZERO);
    }

    @Override
    public double[] unconstrain(double[] x) {
      return x.clone();
    }
  }

  /** {@code x = lower + exp(u)} onto (lower, inf); log Jacobian {@code u}. */
  record LowerBound(double lower) implements Transform {
    @Override
    public int unconstrainedDimension() {
      return 1;
    }

    @Override
    public int constrainedDimension() {
      return 1;
    }

    @Override
    public Constrained constrain(AdReal[] u) {
      AdReal x = AdMath.exp(u[0]).plus(lower);
      return new Constrained(new AdReal[] {x}, u[0]);
    }

    @Override
    public double[] unconstrain(double[] x) {
      return new double[] {Math.log(x[0] - lower)};
    }
  }

  /**
   * {@code x = lower + (upper - lower) logistic(u)} onto (lower, upper); log Jacobian
   * {@code log(upper - lower) + log logistic(u) + log logistic(-u)}.
   */
  record Interval(AdReal lower, AdReal upper) implements Transform {
    @Override
    public int unconstrainedDimension() {
      return 1;
    }

    @Override
    public int constrainedDimension() {
      return 1;
    }

    @Override
    public Constrained constrain(AdReal[] u) {
      AdReal width = upper.minus(lower);
      AdReal x = AdMath.logistic(u[0]).times(width).plus(lower);
      AdReal logJacobian = AdMath.log(width)
          .plus(AdMath.logLogistic(u[0]))
          .plus(AdMath.logLogistic(u[0].negate()));
      return new Constrained(new AdReal[] {x}, logJacobian);
    }

    @Override
    public double[] unconstrain(double[] x) {
      double p = (x[0] - lower.value()) / (upper.value() - lower.value());
      return new double[] {Math.log(p / (1 - p))};
    }
  }

  /**
   * {@code x = lower + exp(u)} onto ({@code lower}, inf) with a bound that may carry a
   * derivative (a truncation point); log Jacobian {@code u}.
   */
  record Above(AdReal lower) implements Transform {
    @Override
    public int unconstrainedDimension() {
      return 1;
    }

    @Override
    public int constrainedDimension() {
      return 1;
    }

    @Override
    public Constrained constrain(AdReal[] u) {
      return new Constrained(new AdReal[] {AdMath.exp(u[0]).plus(lower)}, u[0]);
    }

    @Override
    public double[] unconstrain(double[] x) {
      return new double[] {Math.log(x[0] - lower.value())};
    }
  }

  /** {@code x = upper - exp(u)} onto (-inf, {@code upper}); log Jacobian {@code u}. */
  record Below(AdReal upper) implements Transform {
    @Override
    public int unconstrainedDimension() {
      return 1;
    }

    @Override
    public int constrainedDimension() {
      return 1;
    }

    @Override
    public Constrained constrain(AdReal[] u) {
      return new Constrained(new AdReal[] {upper.minus(AdMath.exp(u[0]))}, u[0]);
    }

    @Override
    public double[] unconstrain(double[] x) {
      return new double[] {Math.log(upper.value() - x[0])};
    }
  }
}
