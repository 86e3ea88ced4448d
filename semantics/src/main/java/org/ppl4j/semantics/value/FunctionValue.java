package org.ppl4j.semantics.value;

import java.util.List;
import org.ppl4j.semantics.model.Model;

/**
 * A function value: a closure of the language or a builtin. Applying it may draw and score,
 * so the result is a {@link Model}.
 */
public non-sealed interface FunctionValue extends Value {

  /** The number of parameters. */
  int arity();

  /** The call {@code f(args)}; {@code args.size() == arity()}. */
  Model<Value> apply(List<Value> args);

  @Override
  default String typeName() {
    return "function";
  }
}
