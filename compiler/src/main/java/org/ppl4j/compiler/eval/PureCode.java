package org.ppl4j.compiler.eval;

import org.ppl4j.semantics.value.IntValue;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.Value;

/**
 * Lowered deterministic code: evaluated directly, with no {@code Model} in between. Statements
 * return unit and write their bindings into the frame. Operands are evaluated by direct calls
 * at each site, so the JIT's per-site type profiles see few node classes and inline them.
 */
public interface PureCode {
  /**
   * The value of this code in {@code frame}.
   *
   * @param depth the number of direct calls nested on the Java stack since effectful code (on
   *     the {@code Model} trampoline) last ran, for the move to a deep stack ({@link DeepStack})
   */
  Value eval(Value[] frame, int depth);

  /**
   * The value as a double, equal to {@code toDouble(eval(frame, depth))}; slots, constants and
   * arithmetic override it to skip allocating intermediate reals.
   *
   * @throws NotReal when the value is not a number
   */
  default double evalReal(Value[] frame, int depth) {
    return real(eval(frame, depth));
  }

  /** A number as a double, else {@link NotReal}. */
  static double real(Value v) {
    if (v instanceof RealValue r) {
      return r.value();
    }
    if (v instanceof IntValue i) {
      return i.value();
    }
    throw NotReal.INSTANCE;
  }
}
