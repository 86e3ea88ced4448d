package org.ppl4j.semantics.dist;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The special functions behind the cdfs of the gamma, beta, Student-t and count families, from
 * Apache Commons Math 3: the regularized incomplete gamma functions {@code P(a, x)} and
 * {@code Q(a, x) = 1 - P(a, x)}, the regularized incomplete beta function {@code I_x(a, b)},
 * and the quantiles of the gamma, beta and t distributions (Commons Math's solvers; no
 * generator is made, as none is needed).
 */
final class Regularized {
  private Regularized() {}

  /** {@code P(a, x)}, 0 for {@code x <= 0}. */
  static double gammaP(double a, double x) {
    return x <= 0 ? 0.0 : org.apache.commons.math3.special.Gamma.regularizedGammaP(a, x);
  }

  /** {@code Q(a, x)}, 1 for {@code x <= 0}. */
  static double gammaQ(double a, double x) {
    return x <= 0 ? 1.0 : org.apache.commons.math3.special.Gamma.regularizedGammaQ(a, x);
  }

  /** {@code I_x(a, b)} for {@code x} clamped to [0, 1]. */
  static double beta(double x, double a, double b) {
    if (x <= 0) {
      return 0.0;
    }
    if (x >= 1) {
      return 1.0;
    }
    return org.apache.commons.math3.special.Beta.regularizedBeta(x, a, b);
  }

  /** The {@code p} quantile of gamma with the given shape and scale 1. */
  static double gammaQuantile(double shape, double p) {
    return new GammaDistribution(null, shape, 1.0).inverseCumulativeProbability(p);
  }

  /** The {@code p} quantile of beta(a, b). */
  static double betaQuantile(double a, double b, double p) {
    return new BetaDistribution(null, a, b).inverseCumulativeProbability(p);
  }

  /** The {@code p} quantile of the standard t with {@code nu} degrees of freedom. */
  static double tQuantile(double nu, double p) {
    return new TDistribution(null, nu).inverseCumulativeProbability(p);
  }

  /**
   * {@code x} (a root finder's quantile, accurate to about 1e-9 absolute) refined by Newton
   * steps {@code x - (F(x) - p) / f(x)}, kept only while they improve {@code |F(x) - p|}.
   */
  static <D extends RealDistribution & Cumulative> double polish(D d, double x, double p) {
    double best = x;
    double error = Math.abs(d.cdf(x) - p);
    for (int i = 0; i < 4 && error > 0; i++) {
      double next = best - (d.cdf(best) - p) / Math.exp(d.logDensity(best));
      double e = Double.isFinite(next) ? Math.abs(d.cdf(next) - p) : Double.POSITIVE_INFINITY;
      if (!(e < error)) {
        break;
      }
      best = next;
      error = e;
    }
    return best;
  }

  /**
   * The least integer {@code k} in [{@code lower}, {@code upper}] with {@code c.cdf(k) >= p}
   * ({@code upper == Long.MAX_VALUE}: unbounded, and {@code inf} at {@code p = 1}), by doubling
   * then bisection.
   */
  static double discreteQuantile(Cumulative c, double p, long lower, long upper) {
    if (c.cdf(lower) >= p) {
      return lower;
    }
    boolean unbounded = upper == Long.MAX_VALUE;
    if (p >= 1 && unbounded) {
      return Double.POSITIVE_INFINITY;
    }
    long lo = lower;
    long hi;
    if (unbounded) {
      long step = 1;
      hi = lower + step;
      while (c.cdf(hi) < p) {
        lo = hi;
        step *= 2;
        if (step > (1L << 52)) {
          return Double.POSITIVE_INFINITY;
        }
        hi = lower + step;
      }
    } else {
      hi = upper;
    }
    while (hi - lo > 1) {
      long mid = lo + (hi - lo) / 2;
      if (c.cdf(mid) >= p) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return hi;
  }
}
