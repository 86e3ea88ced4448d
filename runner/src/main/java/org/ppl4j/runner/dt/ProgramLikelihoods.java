package org.ppl4j.runner.dt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ppl4j.compiler.DataInput;
import org.ppl4j.compiler.Program;
import org.ppl4j.compiler.types.PplType;
import org.ppl4j.pfn.dt.ModelLikelihood;
import org.ppl4j.runner.UserError;
import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.IntValue;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.Value;

/**
 * Turns a compiled {@code .ppl} likelihood into a {@link ModelLikelihood}. The program declares
 * the latent as {@code data theta : Real} (one dimension) or {@code data theta : Real[]} (its
 * dimension then given by {@code --latent-dim}), optionally {@code data n : Int} (the number of
 * observations, then drawn per training step), gives every other input a default, and returns
 * its observations as {@code Real[]} or {@code Real[][]}.
 */
public final class ProgramLikelihoods {

  /** The data input holding the latent. */
  public static final String LATENT_INPUT = "theta";

  /** The data input holding the number of observations. */
  public static final String COUNT_INPUT = "n";

  private ProgramLikelihoods() {}

  /**
   * The likelihood {@code program} defines.
   *
   * @param latentDim the dimension given on the command line, required for a {@code Real[]}
   *     latent
   */
  public static ModelLikelihood of(Program program, Optional<Integer> latentDim) {
    Map<String, Value> defaults = new HashMap<>();
    boolean takesCount = false;
    Optional<PplType> latentType = Optional.empty();
    for (DataInput input : program.dataInputs()) {
      if (input.name().equals(LATENT_INPUT)) {
        latentType = Optional.of(input.type());
      } else if (input.name().equals(COUNT_INPUT)) {
        if (!input.type().equals(PplType.INT)) {
          throw new UserError(program.fileName() + ": 'n' must be declared 'data n : Int', the "
              + "number of observations, not " + input.type());
        }
        takesCount = true;
      } else {
        defaults.put(input.name(), input.defaultValue().orElseThrow(() -> new UserError(
            program.fileName() + ": likelihood input '" + input.name() + "' needs a default "
                + "value (data " + input.name() + " : ... = VALUE)")));
      }
    }
    PplType type = latentType.orElseThrow(() -> new UserError(program.fileName()
        + ": a likelihood must declare its latent as 'data theta : Real' or 'data theta : "
        + "Real[]'"));
    boolean scalar = type.equals(PplType.REAL);
    if (!scalar && !type.equals(new PplType.ArrayType(PplType.REAL))) {
      throw new UserError(program.fileName() + ": the latent 'theta' must be Real or Real[], not "
          + type);
    }
    if (scalar && latentDim.isPresent() && latentDim.get() != 1) {
      throw new UserError("--latent-dim " + latentDim.get() + " given, but 'theta' is Real");
    }
    int dim = scalar ? 1 : latentDim.orElseThrow(() -> new UserError(program.fileName()
        + ": 'theta' is Real[]: give its dimension with --latent-dim D"));
    boolean count = takesCount;
    try {
      return new ModelLikelihood(program.fileName(), dim, count, (theta, n) -> {
        Map<String, Value> data = new HashMap<>(defaults);
        data.put(LATENT_INPUT, scalar ? new RealValue(theta[0]) : reals(theta));
        if (count) {
          data.put(COUNT_INPUT, new IntValue(n));
        }
        return program.model(data);
      });
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
  }

  /** A {@code Real[]} value. */
  static ArrayValue reals(double[] values) {
    List<Value> out = new ArrayList<>(values.length);
    for (double v : values) {
      out.add(new RealValue(v));
    }
    return new ArrayValue(out);
  }
}
