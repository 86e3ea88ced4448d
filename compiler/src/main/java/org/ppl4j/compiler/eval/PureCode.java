package org.ppl4j.compiler.eval;

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
}
