package org.ppl4j.semantics.value;

import java.util.Objects;
import org.ppl4j.semantics.ad.AdReal;

/**
 * A {@code Real} that carries a derivative: the value of a node of an automatic-differentiation
 * tape. It appears only while gradient-based inference (NUTS) re-runs a program with its
 * continuous draws on a tape; the language sees it as a {@code Real}, and {@link Arith} keeps
 * the derivative through every numeric operation and math builtin (see {@link AdArith}).
 *
 * @param number the number and its tape node (never a constant: constants are
 *     {@link RealValue}s)
 */
public record AdRealValue(AdReal number) implements Value {
  public AdRealValue {
    Objects.requireNonNull(number, "number");
  }

  /** The number's value. */
  public double value() {
    return number.value();
  }

  @Override
  public String typeName() {
    return "Real";
  }
}
