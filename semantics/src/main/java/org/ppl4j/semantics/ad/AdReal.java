package org.ppl4j.semantics.ad;

import java.util.Objects;

/**
 * A real number that may carry a derivative: either a constant (on {@link Tape#CONSTANTS}) or
 * the value of node {@code index} of a {@link Tape}. Arithmetic on it records the operation
 * with its partial derivatives, so that {@link Tape#backward(AdReal)} yields gradients by
 * reverse-mode differentiation. Operations on constants only give constants and record
 * nothing, so the same code computes plain values and gradients.
 *
 * @param value the number
 * @param index the node on {@code tape}, or -1 for a constant
 * @param tape the tape recording it
 */
public record AdReal(double value, int index, Tape tape) {

  /** Zero, as a constant. */
  public static final AdReal ZERO = constant(0.0);
  /** One, as a constant. */
  public static final AdReal ONE = constant(1.0);

  public AdReal {
    Objects.requireNonNull(tape, "tape");
  }

  /** The constant {@code value} (no derivative). */
  public static AdReal constant(double value) {
    return new AdReal(value, -1, Tape.CONSTANTS);
  }

  /** Constants with the given values. */
  public static AdReal[] constants(double... values) {
    AdReal[] out = new AdReal[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = constant(values[i]);
    }
    return out;
  }

  /** The values of {@code xs}. */
  public static double[] values(AdReal[] xs) {
    double[] out = new double[xs.length];
    for (int i = 0; i < xs.length; i++) {
      out[i] = xs[i].value;
    }
    return out;
  }

  /** Whether this number has no derivative (is not recorded on a tape). */
  public boolean isConstant() {
    return index < 0;
  }

  /** {@code this + b}. */
  public AdReal plus(AdReal b) {
    return tapeOf(b).binary(value + b.value, this, 1.0, b, 1.0);
  }

  /** {@code this + b}. */
  public AdReal plus(double b) {
    return tape.unary(value + b, this, 1.0);
  }

  /** {@code this - b}. */
  public AdReal minus(AdReal b) {
    return tapeOf(b).binary(value - b.value, this, 1.0, b, -1.0);
  }

  /** {@code this - b}. */
  public AdReal minus(double b) {
    return tape.unary(value - b, this, 1.0);
  }

  /** {@code this * b}. */
  public AdReal times(AdReal b) {
    return tapeOf(b).binary(value * b.value, this, b.value, b, value);
  }

  /** {@code this * b}. */
  public AdReal times(double b) {
    return tape.unary(value * b, this, b);
  }

  /** {@code this / b}. */
  public AdReal div(AdReal b) {
    double q = value / b.value;
    return tapeOf(b).binary(q, this, 1.0 / b.value, b, -q / b.value);
  }

  /** {@code this / b}. */
  public AdReal div(double b) {
    return tape.unary(value / b, this, 1.0 / b);
  }

  /** {@code -this}. */
  public AdReal negate() {
    return tape.unary(-value, this, -1.0);
  }

  /** {@code this * this}. */
  public AdReal square() {
    return tape.unary(value * value, this, 2.0 * value);
  }

  /** {@code b - this}. */
  public AdReal subtractedFrom(double b) {
    return tape.unary(b - value, this, -1.0);
  }

  private Tape tapeOf(AdReal b) {
    return isConstant() ? b.tape : tape;
  }

  @Override
  public String toString() {
    return isConstant() ? Double.toString(value) : value + "@" + index;
  }
}
