package org.ppl4j.semantics.dist;

/**
 * Parameter checks shared by the distribution constructors. Every failure is an
 * {@link IllegalArgumentException} whose message names the distribution, the parameter (by
 * its language name), the constraint and the value, e.g.
 * {@code normal: parameter 'sigma' must be > 0, got -1.0}.
 */
final class Parameters {
  private Parameters() {}

  /** The error for parameter {@code parameter} of {@code distribution}. */
  static IllegalArgumentException error(
      String distribution, String parameter, String constraint, Object value) {
    return new IllegalArgumentException(distribution + ": parameter '" + parameter
        + "' must be " + constraint + ", got " + value);
  }

  /** Checks that {@code value} is finite (not NaN, not infinite). */
  static double finite(String distribution, String parameter, double value) {
    if (!Double.isFinite(value)) {
      throw error(distribution, parameter, "finite", value);
    }
    return value;
  }

  /** Checks that {@code value} is finite and &gt; 0. */
  static double positive(String distribution, String parameter, double value) {
    if (!(value > 0)) {
      throw error(distribution, parameter, "> 0", value);
    }
    return finite(distribution, parameter, value);
  }

  /** Checks that {@code value} is in [0, 1]. */
  static double probability(String distribution, String parameter, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw error(distribution, parameter, "in [0, 1]", value);
    }
    return value;
  }

  /** Checks that {@code value} is in (0, 1]. */
  static double positiveProbability(String distribution, String parameter, double value) {
    if (!(value > 0 && value <= 1)) {
      throw error(distribution, parameter, "in (0, 1]", value);
    }
    return value;
  }

  /** Checks that an integer {@code value} is &gt;= 0. */
  static int nonNegative(String distribution, String parameter, int value) {
    if (value < 0) {
      throw error(distribution, parameter, ">= 0", value);
    }
    return value;
  }

  /** Checks that an array parameter has at least {@code minimum} entries. */
  static void length(String distribution, String parameter, int length, int minimum) {
    if (length < minimum) {
      throw error(distribution, parameter, "an array of at least " + minimum
          + (minimum == 1 ? " entry" : " entries"), "an array of " + length);
    }
  }

  /** Narrows a draw to an {@code Int}, failing clearly when it does not fit. */
  static int drawAsInt(String distribution, long draw) {
    if (draw > Integer.MAX_VALUE) {
      throw new DrawOutOfRangeException(distribution + ": a draw of "
          + (draw == Long.MAX_VALUE ? "at least " : "") + draw + " exceeds the largest Int ("
          + Integer.MAX_VALUE + "); its parameters make draws too large to represent");
    }
    return (int) draw;
  }
}
