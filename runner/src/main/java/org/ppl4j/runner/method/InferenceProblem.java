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
 *
 * @param program the checked program
 * @param data its data inputs by name
 * @param extras values the data file binds to names the program does not declare but the
 *     method reads ({@link InferenceMethod#extraDataNames()}), read as numbers
 */
public record InferenceProblem(Program program, Map<String, Value> data,
    Map<String, Value> extras) {
  public InferenceProblem {
    Objects.requireNonNull(program, "program");
    data = Map.copyOf(data);
    extras = Map.copyOf(extras);
  }

  /** A problem without extras. */
  public InferenceProblem(Program program, Map<String, Value> data) {
    this(program, data, Map.of());
  }

  /** The model the program denotes for this data. */
  public Model<Value> model() {
    return program.model(data);
  }
}
