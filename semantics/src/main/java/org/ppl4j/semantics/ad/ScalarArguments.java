package org.ppl4j.semantics.ad;

import org.ppl4j.semantics.dist.Arguments;
import org.ppl4j.semantics.dist.Family;

/**
 * The scalar parameters of a family as plain {@link Arguments}, for building the family's
 * plain distribution, which validates them with the language's messages. Mutable (its values
 * are reset per element); one instance per evaluation.
 */
final class ScalarArguments implements Arguments {
  private final Family family;
  private final double[] values;

  ScalarArguments(Family family, double[] values) {
    this.family = family;
    this.values = values;
  }

  @Override
  public double real(int i) {
    return values[i];
  }

  @Override
  public int integer(int i) {
    return integer(family, i, values[i]);
  }

  /** {@code v} as parameter {@code i}'s integer, or the language's error. */
  static int integer(Family family, int i, double v) {
    if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(family.languageName() + ": parameter '"
          + family.parameterNames().get(i) + "' must be an integer, got " + v);
    }
    return (int) v;
  }

  @Override
  public double[] reals(int i) {
    return new double[] {values[i]};
  }

  @Override
  public double[][] matrix(int i) {
    throw new IllegalArgumentException(family.languageName() + ": parameter '"
        + family.parameterNames().get(i) + "' must be a square matrix");
  }
}
