package org.ppl4j.runner.method;

import java.util.Set;
import org.ppl4j.inference.smc.Smc;
import org.ppl4j.inference.smc.SmcConfig;
import org.ppl4j.runner.progress.Progress;
import org.ppl4j.semantics.random.Rng;

/** {@code --method smc}: sequential Monte Carlo with adaptive resampling ({@link Smc}). */
public final class SmcMethod implements InferenceMethod {
  @Override
  public String name() {
    return "smc";
  }

  @Override
  public String description() {
    return "sequential Monte Carlo (particle filter with adaptive resampling)";
  }

  @Override
  public Set<MethodOption> reads() {
    return Set.of(MethodOption.PARTICLES, MethodOption.RESAMPLER, MethodOption.ESS_THRESHOLD);
  }

  @Override
  public InferenceOutcome run(InferenceProblem problem, MethodOptions options, Rng rng,
      Progress progress) {
    SmcConfig config = MonteCarloOptions.smc(options, SmcConfig.defaults());
    return MonteCarloOptions.population(MonteCarloOptions.reportingZeroWeight(
        () -> Smc.run(problem.model(), config, rng)));
  }
}
