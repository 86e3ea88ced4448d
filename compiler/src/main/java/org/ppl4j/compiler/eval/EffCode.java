package org.ppl4j.compiler.eval;

import java.util.function.Function;
import org.ppl4j.semantics.model.Model;

/**
 * Lowered code that may draw or score, in continuation-passing style: it becomes a
 * {@link Model} that runs the code and then the continuation {@code k} on the state after it
 * (holding the code's value). A draw or score is one {@code Model} node followed directly by
 * {@code k}, the shape a hand-written model has. Code that completes without an effect hands
 * its state to {@code k} through {@link #done} (a bind on a pure model), so long loops stay on
 * the trampoline of {@link Model#resume()}. See {@link State} for the ownership rule.
 */
public interface EffCode {

  /** The rest of an execution, given the state reached. */
  interface Cont extends Function<State, Model<State>> {}

  /** The model of running this code from {@code state} (owned by this call), then {@code k}. */
  Model<State> run(State state, Cont k);

  /** Continues with {@code k} from {@code state} without deepening the Java stack. */
  static Model<State> done(State state, Cont k) {
    return Model.pure(state).flatMap(k);
  }

  /** The continuation that ends the execution. */
  Cont END = Model::pure;
}
