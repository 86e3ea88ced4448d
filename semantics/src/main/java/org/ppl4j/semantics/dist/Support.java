package org.ppl4j.semantics.dist;

/**
 * The set a distribution's draws live in. Gradient-based inference maps each continuous
 * support to the unconstrained reals (the transforms of the Stan reference manual, ch. 10);
 * the enumerator needs the finite ones.
 */
public sealed interface Support {

  /** All reals. */
  record RealLine() implements Support {}

  /** The reals strictly greater than {@code lower}. */
  record LowerBounded(double lower) implements Support {}

  /** The open interval ({@code lower}, {@code upper}). */
  record Interval(double lower, double upper) implements Support {}

  /** The open probability simplex of dimension {@code dimension} (arrays summing to 1). */
  record Simplex(int dimension) implements Support {}

  /** Real vectors of length {@code dimension}. */
  record RealVector(int dimension) implements Support {}

  /** Booleans. */
  record Booleans() implements Support {}

  /**
   * Integers from {@code lower} to {@code upper} inclusive; {@code upper} is
   * {@link Long#MAX_VALUE} when unbounded.
   */
  record Integers(long lower, long upper) implements Support {
    /** Whether the set is finite. */
    public boolean isFinite() {
      return upper != Long.MAX_VALUE;
    }
  }

  /**
   * Arrays whose element {@code i} lies in {@code elements.get(i)}: the support of a product
   * distribution (a vectorised family, {@code iid}).
   */
  record Product(java.util.List<Support> elements) implements Support {
    /** Copies the elements. */
    public Product {
      elements = java.util.List.copyOf(elements);
    }
  }

  /** The reals strictly less than {@code upper} (a distribution truncated above). */
  record UpperBounded(double upper) implements Support {}

  /** Whether draws from this support are discrete (booleans or integers, or arrays of them). */
  default boolean isDiscrete() {
    if (this instanceof Product p) {
      return !p.elements().isEmpty() && p.elements().stream().allMatch(Support::isDiscrete);
    }
    return this instanceof Booleans || this instanceof Integers;
  }
}
