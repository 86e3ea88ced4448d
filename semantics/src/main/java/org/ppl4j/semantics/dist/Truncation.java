package org.ppl4j.semantics.dist;

/**
 * The arithmetic shared by the truncated distributions: the log mass of an interval under a
 * cdf, from whichever tail keeps it accurate, and the inversion of a monotone log cdf by
 * bisection where a quantile would lose precision (far in a tail).
 */
final class Truncation {
  private Truncation() {}

  private static final double LOG_HALF = Math.log(0.5);

  /**
   * {@code log(F(b) - F(a))} for {@code a < b} (either may be infinite): from the survival
   * function {@code log(S(a) - S(b))} when {@code S(a) < 1/2}, so that an interval far in the
   * upper tail keeps its mass (e.g. normal(0, 1) above 40: -804.6).
   */
  static double logMass(Cumulative c, double a, double b) {
    double logSa = a == Double.NEGATIVE_INFINITY ? 0.0 : c.logCcdf(a);
    double logSb = b == Double.POSITIVE_INFINITY ? Double.NEGATIVE_INFINITY : c.logCcdf(b);
    if (logSa < LOG_HALF) {
      return logSa == Double.NEGATIVE_INFINITY ? logSa
          : logSa + Cumulative.log1mExp(Math.min(0.0, logSb - logSa));
    }
    double logFa = a == Double.NEGATIVE_INFINITY ? Double.NEGATIVE_INFINITY : c.logCdf(a);
    double logFb = b == Double.POSITIVE_INFINITY ? 0.0 : c.logCdf(b);
    return logFb == Double.NEGATIVE_INFINITY ? logFb
        : logFb + Cumulative.log1mExp(Math.min(0.0, logFa - logFb));
  }

  /** Whether {@code logMass} should be taken from the upper tail (as {@link #logMass} does). */
  static boolean upperTail(Cumulative c, double a) {
    return a != Double.NEGATIVE_INFINITY && c.logCcdf(a) < LOG_HALF;
  }

  /**
   * The {@code x} in [{@code lo}, {@code hi}] where the monotone function {@code g} equals
   * {@code target} ({@code increasing} says which way it goes), by bracketing infinite ends and
   * bisecting to adjacent doubles.
   */
  static double invert(java.util.function.DoubleUnaryOperator g, double target, double lo,
      double hi, boolean increasing) {
    double a = lo;
    double b = hi;
    if (a == Double.NEGATIVE_INFINITY) {
      double step = 1.0;
      a = (Double.isFinite(b) ? b : 0.0) - step;
      while (below(g.applyAsDouble(a), target, increasing) == false && step < 1e300) {
        step *= 2;
        a = (Double.isFinite(b) ? b : 0.0) - step;
      }
    }
    if (b == Double.POSITIVE_INFINITY) {
      double step = 1.0;
      b = a + step;
      while (below(g.applyAsDouble(b), target, increasing) && step < 1e300) {
        step *= 2;
        b = a + step;
      }
    }
    for (int i = 0; i < 2000; i++) {
      double mid = 0.5 * (a + b);
      if (mid <= a || mid >= b) {
        break;
      }
      if (below(g.applyAsDouble(mid), target, increasing)) {
        a = mid;
      } else {
        b = mid;
      }
    }
    return 0.5 * (a + b);
  }

  /** Whether the point where {@code g} is {@code value} lies left of the target's. */
  private static boolean below(double value, double target, boolean increasing) {
    return increasing ? value < target : value > target;
  }
}
