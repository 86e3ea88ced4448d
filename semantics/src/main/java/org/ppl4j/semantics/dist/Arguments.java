package org.ppl4j.semantics.dist;

/**
 * The arguments of a distribution constructor, read by position in the shape their
 * {@link Domain} names. An implementation converts from its own representation (language
 * values, plain doubles, AD numbers) and fails with a message naming the family and the
 * parameter when an argument has the wrong type.
 */
public interface Arguments {

  /** Argument {@code i} as a real. */
  double real(int i);

  /** Argument {@code i} as an integer. */
  int integer(int i);

  /** Argument {@code i} as an array of reals. */
  double[] reals(int i);

  /** Argument {@code i} as a matrix of reals (rows). */
  double[][] matrix(int i);
}
