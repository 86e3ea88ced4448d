package org.ppl4j.runner.pfn;

import java.util.HashMap;
import java.util.Map;
import org.ppl4j.compiler.DataInput;
import org.ppl4j.compiler.Program;
import org.ppl4j.pfn.prior.ModelPrior;
import org.ppl4j.runner.UserError;
import org.ppl4j.semantics.value.IntValue;
import org.ppl4j.semantics.value.Value;

/**
 * Turns a compiled {@code .ppl} prior into a {@link ModelPrior}: the program's {@code data n :
 * Int} input is the number of points per dataset; every other data input takes its default.
 */
public final class ProgramPriors {

  /** The data input holding the number of points. */
  public static final String SIZE_INPUT = "n";

  private ProgramPriors() {}

  /** The prior over datasets that {@code program} defines. */
  public static ModelPrior of(Program program) {
    Map<String, Value> defaults = new HashMap<>();
    boolean hasSize = false;
    for (DataInput input : program.dataInputs()) {
      if (input.name().equals(SIZE_INPUT)) {
        hasSize = true;
      } else {
        defaults.put(input.name(), input.defaultValue().orElseThrow(() -> new UserError(
            program.fileName() + ": prior input '" + input.name() + "' needs a default value "
                + "(data " + input.name() + " : ... = VALUE)")));
      }
    }
    if (!hasSize) {
      throw new UserError(program.fileName() + ": a prior must declare 'data " + SIZE_INPUT
          + " : Int', the number of points per dataset");
    }
    try {
      return new ModelPrior(program.fileName(), size -> {
        Map<String, Value> data = new HashMap<>(defaults);
        data.put(SIZE_INPUT, new IntValue(size));
        return program.model(data);
      });
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
  }
}
