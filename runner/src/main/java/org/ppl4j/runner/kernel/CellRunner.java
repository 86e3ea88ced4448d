package org.ppl4j.runner.kernel;

import com.fasterxml.jackson.databind.JsonNode;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.value.Value;

/**
 * Runs the program of a notebook cell: compiles it, reads its data inputs, runs the chosen
 * inference method and returns the posterior. The {@code .ppl} kernel and the {@code %%ppl}
 * magic both run cells through one; {@link NotebookRunner} is the real one.
 */
@FunctionalInterface
public interface CellRunner {

  /**
   * Runs a program.
   *
   * @param fileName the name diagnostics use for the cell
   * @param source the program text
   * @param settings the method and its options
   * @param data a JSON object: data input name to value
   * @return the posterior of the program's return value
   * @throws PplError for an error in the program, its data, the options or the run, as a
   *     rendered diagnostic
   */
  Posterior<Value> run(String fileName, String source, RunSettings settings, JsonNode data)
      throws PplError;

  /**
   * Runs a program as {@link #run} does, also giving the sections of {@code --predict} and
   * {@code --loo}; the default gives the posterior alone.
   *
   * @throws PplError as {@link #run}
   */
  default CellOutcome runCell(String fileName, String source, RunSettings settings,
      JsonNode data) throws PplError {
    return new CellOutcome(run(fileName, source, settings, data), java.util.List.of(),
        java.util.Optional.empty());
  }

  /**
   * Checks settings before any program runs with them (e.g. when {@code %method} sets them), so
   * that a misspelt method or option is reported at once. The default accepts everything.
   *
   * @throws PplError naming the unknown method or the bad option value
   */
  default void check(RunSettings settings) throws PplError {}
}
