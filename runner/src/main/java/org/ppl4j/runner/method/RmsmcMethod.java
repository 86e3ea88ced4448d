package org.ppl4j.runner.method;

import java.util.Set;
import org.ppl4j.inference.rmsmc.Rmsmc;
import org.ppl4j.inference.rmsmc.RmsmcConfig;
import org.ppl4j.inference.smc.SmcResult;
import org.ppl4j.runner.progress.Progress;
import org.ppl4j.runner.progress.ScoreProgress;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.Value;

/**
 * {@code --method rmsmc}: resample-move SMC ({@link Rmsmc}), MH moves after resampling, with the
 * kernels of {@code --method mh} ({@code --proposal auto|rw|prior}, default auto).
 */
public final class RmsmcMethod implements InferenceMethod {

  @Override
  public String name() {
    return "rmsmc";
  }

  @Override
  public String description() {
    return "resample-move SMC; as smc, plus --mcmc-steps --proposal";
  }

  @Override
  public Set<MethodOption> reads() {
    return Set.of(MethodOption.PARTICLES, MethodOption.RESAMPLER, MethodOption.ESS_THRESHOLD,
        MethodOption.MCMC_STEPS, MethodOption.PROPOSAL);
  }

  @Override
  public Posterior<Value> run(InferenceProblem problem, MethodOptions options, Rng rng,
      Progress progress) {
    RmsmcConfig defaults = RmsmcConfig.defaults();
    RmsmcConfig config = new RmsmcConfig(SmcOptions.apply(options, defaults.smc()),
        options.mcmcSteps().orElse(defaults.mcmcSteps()),
        options.proposal().orElse(defaults.proposal()));
    try {
      // the MH moves re-run each particle's prefix: units are counted as for SMC, so the bar
      // is an estimate that fills early (a score passed in a move counts as well)
      SmcResult<?, Value> result = Rmsmc.run(
          ScoreProgress.counted(problem.model(), name(), config.smc().particles()
              * (1 + config.mcmcSteps()), progress), config, rng);
      return SmcOptions.posterior(name(), result);
    } finally {
      progress.end();
    }
  }
}
