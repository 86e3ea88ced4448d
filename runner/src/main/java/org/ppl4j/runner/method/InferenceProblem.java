package org.ppl4j.runner.method;

import java.util.Map;
import java.util.Objects;
import org.ppl4j.compiler.Program;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.value.Value;

/**
 * What a method is asked to infer: a checked program and the values of its data inputs
 * (already loaded and type-checked). Most methods only need {@link #model()}; amortised ones
 * also need the program to simulate datasets from its prior.
 */
public record InferenceProblem(Program program, Map<String, Value> data) {
  public InferenceProblem {
    Objects.requireNonNull(program, "program");
    data = Map.copyOf(data);
  }

  /** The model the program denotes for this data. */
  public Model<Value> model() {
    return program.model(data);
  }
}
