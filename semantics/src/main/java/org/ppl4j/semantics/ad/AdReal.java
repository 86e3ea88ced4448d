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
      out[i] = xs[i].value();
    }
    return out;
  }

  /**
   * The number. While its tape records a run for replay ({@link Tape#startRecording()}), reading
   * the value of a recorded number tells the tape that the program may branch on it, which
   * makes the run unfit for replay; code that only reports a value uses {@link #peek()}.
   */
  @Override
  public double value() {
    if (index >= 0) {
      tape.observed(this);
    }
    return value;
  }

  /**
   * The number, read without telling a recording tape: only for reads that cannot change what
   * the program computes next (reporting a result, checking a score after the fact), and for
   * the operations of this package, which record their {@link Rule}s instead.
   */
  public double peek() {
    return value;
  }

  /** Whether this number has no derivative (is not recorded on a tape). */
  public boolean isConstant() {
    return index < 0;
  }

  /** {@code this + b}. */
  public AdReal plus(AdReal b) {
    if (isConstant()) {
      return b.plus(value);
    }
    if (b.isConstant()) {
      return plus(b.value);
    }
    return Tape.apply(Elementary.ADD, this, b);
  }

  /** {@code this + b}. */
  public AdReal plus(double b) {
    return Tape.apply(Elementary.ADD_C, b, this);
  }

  /** {@code this - b}. */
  public AdReal minus(AdReal b) {
    if (isConstant()) {
      return b.subtractedFrom(value);
    }
    if (b.isConstant()) {
      return minus(b.value);
    }
    return Tape.apply(Elementary.SUB, this, b);
  }

  /** {@code this - b}. */
  public AdReal minus(double b) {
    return Tape.apply(Elementary.ADD_C, -b, this);
  }

  /** {@code this * b}. */
  public AdReal times(AdReal b) {
    if (isConstant()) {
      return b.times(value);
    }
    if (b.isConstant()) {
      return times(b.value);
    }
    return Tape.apply(Elementary.MUL, this, b);
  }

  /** {@code this * b}. */
  public AdReal times(double b) {
    return Tape.apply(Elementary.MUL_C, b, this);
  }

  /** {@code this / b}. */
  public AdReal div(AdReal b) {
    if (isConstant()) {
      return Tape.apply(Elementary.C_DIV, value, b);
    }
    if (b.isConstant()) {
      return div(b.value);
    }
    return Tape.apply(Elementary.DIV, this, b);
  }

  /** {@code this / b}. */
  public AdReal div(double b) {
    return Tape.apply(Elementary.DIV_C, b, this);
  }

  /** {@code -this}. */
  public AdReal negate() {
    return Tape.apply(Elementary.NEG, 0.0, this);
  }

  /** {@code this * this}. */
  public AdReal square() {
    return Tape.apply(Elementary.SQUARE, 0.0, this);
  }

  /** {@code b - this}. */
  public AdReal subtractedFrom(double b) {
    return Tape.apply(Elementary.C_MINUS, b, this);
  }

  @Override
  public String toString() {
    return isConstant() ? Double.toString(value) : value + "@" + index;
  }
}
