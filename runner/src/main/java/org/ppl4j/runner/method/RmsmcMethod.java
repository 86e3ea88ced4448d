package org.ppl4j.runner.method;

import java.util.Set;
import org.ppl4j.inference.rmsmc.Rmsmc;
import org.ppl4j.inference.rmsmc.RmsmcConfig;
import org.ppl4j.runner.progress.Progress;
import org.ppl4j.semantics.random.Rng;

/** {@code --method rmsmc}: resample-move SMC ({@link Rmsmc}). */
public final class RmsmcMethod implements InferenceMethod {
  @Override
  public String name() {
    return "rmsmc";
  }

  @Override
  public String description() {
    return "resample-move SMC (MH moves after each resampling)";
  }

  @Override
  public Set<MethodOption> reads() {
    return Set.of(MethodOption.PARTICLES, MethodOption.RESAMPLER, MethodOption.ESS_THRESHOLD,
        MethodOption.MCMC_STEPS);
  }

  @Override
  public InferenceOutcome run(InferenceProblem problem, MethodOptions options, Rng rng,
      Progress progress) {
    RmsmcConfig defaults = RmsmcConfig.defaults();
    RmsmcConfig config = new RmsmcConfig(MonteCarloOptions.smc(options, defaults.smc()),
        options.mcmcSteps().orElse(defaults.mcmcSteps()));
    return MonteCarloOptions.population(MonteCarloOptions.reportingZeroWeight(
        () -> Rmsmc.run(problem.model(), config, rng)));
  }
}
