package org.ppl4j.semantics.dist;

/**
 * The domain of a distribution parameter: the shape of its value (a real, an integer, an array
 * or a matrix of reals) and the constraint the family's constructor checks. The constraint
 * itself is enforced, with the family's own wording, by the constructor of the family's
 * distribution (see {@link Parameters}); the domain says what to expect, for the language
 * front end, documentation and tests that walk every family.
 */
public enum Domain {
  /** A finite real. */
  FINITE(Shape.REAL, "finite"),
  /** A finite real &gt; 0. */
  POSITIVE(Shape.REAL, "> 0"),
  /** A finite real &gt;= 0. */
  NON_NEGATIVE(Shape.REAL, ">= 0"),
  /** A real in [0, 1]. */
  PROBABILITY(Shape.REAL, "in [0, 1]"),
  /** A real in (0, 1]. */
  POSITIVE_PROBABILITY(Shape.REAL, "in (0, 1]"),
  /** An integer &gt;= 0. */
  COUNT(Shape.INT, ">= 0"),
  /** Any integer. */
  INTEGER(Shape.INT, "an integer"),
  /** Finite weights &gt;= 0, not all zero (normalised by the family). */
  WEIGHTS(Shape.REAL_ARRAY, "finite and >= 0, not all zero"),
  /** Finite reals &gt; 0. */
  POSITIVE_VECTOR(Shape.REAL_ARRAY, "finite and > 0 in every entry"),
  /** Finite reals. */
  VECTOR(Shape.REAL_ARRAY, "finite in every entry"),
  /** A symmetric positive-definite matrix. */
  COVARIANCE(Shape.REAL_MATRIX, "symmetric positive definite");

  /** How a parameter value is passed. */
  public enum Shape {
    /** One real. */
    REAL,
    /** One integer. */
    INT,
    /** An array of reals. */
    REAL_ARRAY,
    /** A square matrix of reals (flattened row by row on the AD side). */
    REAL_MATRIX
  }

  private final Shape shape;
  private final String constraint;

  Domain(Shape shape, String constraint) {
    this.shape = shape;
    this.constraint = constraint;
  }

  /** How a value of this domain is passed. */
  public Shape shape() {
    return shape;
  }

  /**
   * Whether the number {@code v} satisfies this domain (a one-number domain; array and matrix
   * domains admit nothing here). For most families a parameter list whose numbers all satisfy
   * their domains is one the constructor accepts ({@code FamilyTerms} relies on this only for
   * the families a test shows it for).
   */
  public boolean admits(double v) {
    if (this == FINITE) {
      return Double.isFinite(v);
    }
    if (this == POSITIVE) {
      return v > 0 && v < Double.POSITIVE_INFINITY;
    }
    if (this == NON_NEGATIVE) {
      return v >= 0 && v < Double.POSITIVE_INFINITY;
    }
    if (this == PROBABILITY) {
      return v >= 0 && v <= 1;
    }
    if (this == POSITIVE_PROBABILITY) {
      return v > 0 && v <= 1;
    }
    if (this == COUNT) {
      return v >= 0 && v == Math.rint(v) && v <= Integer.MAX_VALUE;
    }
    if (this == INTEGER) {
      return v == Math.rint(v) && Math.abs(v) <= Integer.MAX_VALUE;
    }
    return false; // array and matrix domains: not one number
  }

  /** The constraint in words, e.g. {@code "> 0"}. */
  public String constraint() {
    return constraint;
  }
}
