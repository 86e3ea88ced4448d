package org.ppl4j.runner.method;

import java.util.Set;
import org.ppl4j.inference.importance.Importance;
import org.ppl4j.inference.smc.SmcConfig;
import org.ppl4j.runner.progress.Progress;
import org.ppl4j.semantics.random.Rng;

/** {@code --method importance}: likelihood weighting ({@link Importance}). */
public final class ImportanceMethod implements InferenceMethod {
  @Override
  public String name() {
    return "importance";
  }

  @Override
  public String description() {
    return "importance sampling from the prior (likelihood weighting)";
  }

  @Override
  public Set<MethodOption> reads() {
    return Set.of(MethodOption.PARTICLES);
  }

  @Override
  public InferenceOutcome run(InferenceProblem problem, MethodOptions options, Rng rng,
      Progress progress) {
    SmcConfig config = MonteCarloOptions.smc(options, SmcConfig.defaults());
    return MonteCarloOptions.population(MonteCarloOptions.reportingZeroWeight(
        () -> Importance.run(problem.model(), config.particles(), rng, config.parallelism())));
  }
}
