package org.ppl4j.compiler.eval;

import org.ppl4j.semantics.value.IntValue;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.Value;

/**
 * Lowered deterministic code: evaluated directly, with no {@code Model} in between. Statements
 * return unit and write their bindings into the frame.
 */
public interface PureCode {
  /**
   * The value of this code in {@code frame}.
   *
   * @param depth the number of function calls in progress (for the recursion limit)
   */
  Value eval(Value[] frame, int depth);

  /**
   * {@code code.eval(frame, depth)}, with slot reads and constants (the commonest operands)
   * answered without an interface call: operand sites see many node classes, and this keeps
   * the tree walk cheap there.
   */
  /**
   * The value as a double, equal to {@code toDouble(eval(frame, depth))}; arithmetic nodes
   * override it to skip allocating intermediate reals.
   *
   * @throws NotReal when the value is not a number
   */
  default double evalReal(Value[] frame, int depth) {
    return real(eval(frame, depth));
  }

  /** {@link #evalReal} with the fast paths of {@link #evaluate}. */
  static double evaluateReal(PureCode code, Value[] frame, int depth) {
    if (code instanceof ValueNodes.Slot s) {
      return real(frame[s.slot()]);
    }
    if (code instanceof ValueNodes.Const c) {
      return real(c.value());
    }
    return code.evalReal(frame, depth);
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

  static Value evaluate(PureCode code, Value[] frame, int depth) {
    if (code instanceof ValueNodes.Slot s) {
      return frame[s.slot()];
    }
    if (code instanceof ValueNodes.Const c) {
      return c.value();
    }
    return code.eval(frame, depth);
  }
}
