package org.ppl4j.compiler.eval;

import org.ppl4j.semantics.model.Model;

/**
 * Lowered code that may draw or score: it becomes a {@link Model} whose result is the state
 * after it, holding the code's value. See {@link State} for the ownership rule.
 */
public interface EffCode {
  /** The model of running this code from {@code state} (owned by this call). */
  Model<State> run(State state);
}
