package org.ppl4j.notebook.magic;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.ppl4j.runner.kernel.CellRunner;
import org.ppl4j.runner.kernel.PplError;
import org.ppl4j.runner.kernel.RunSettings;
import org.ppl4j.semantics.posterior.Diagnostics;
import org.ppl4j.semantics.posterior.Empirical;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.Value;

/**
 * A {@link CellRunner} that records what it was asked to run and answers with a fixed SMC-like
 * posterior (seeded draws), so that adapter tests check the wiring, not the inference.
 */
public final class FakeRunner implements CellRunner {

  /** The source, settings and data of each call, in order. */
  public final List<Object[]> calls = new ArrayList<>();
  /** The posterior every call returns. */
  public final Posterior<Value> posterior = smcPosterior();

  @Override
  public Posterior<Value> run(String fileName, String source, RunSettings settings, JsonNode data)
      throws PplError {
    if (source.contains("syntax error")) {
      throw new PplError(fileName + ":1:1: error: syntax error");
    }
    calls.add(new Object[] {source, settings, data});
    return posterior;
  }

  private static Posterior<Value> smcPosterior() {
    Rng rng = Rng.seeded(11);
    List<Value> values = new ArrayList<>();
    double[] logWeights = new double[400];
    for (int i = 0; i < logWeights.length; i++) {
      values.add(new RealValue(0.6 + 0.1 * rng.nextGaussian()));
      logWeights[i] = -rng.nextDouble();
    }
    return new Posterior<>("smc", new Empirical<>(values, logWeights, OptionalDouble.of(-3.5)),
        List.of(), Diagnostics.none().withEssHistory(List.of(400.0, 300.0, 400.0)), "p");
  }
}
