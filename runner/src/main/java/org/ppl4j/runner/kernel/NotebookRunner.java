package org.ppl4j.runner.kernel;

import com.fasterxml.jackson.databind.JsonNode;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.value.Value;

/** The {@link CellRunner} over the project's compiler and inference methods. */
public final class NotebookRunner implements CellRunner {

  @Override
  public Posterior<Value> run(String fileName, String source, RunSettings settings, JsonNode data)
      throws PplError {
    throw new PplError("the .ppl compiler is not part of this build yet");
  }
}
