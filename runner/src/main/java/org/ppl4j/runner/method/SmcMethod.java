package org.ppl4j.runner.method;

import java.util.Set;
import org.ppl4j.inference.smc.Smc;
import org.ppl4j.inference.smc.SmcConfig;
import org.ppl4j.inference.smc.SmcResult;
import org.ppl4j.runner.progress.Progress;
import org.ppl4j.runner.progress.ScoreProgress;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.Value;

/** {@code --method smc}: sequential Monte Carlo ({@link Smc}) with adaptive resampling. */
public final class SmcMethod implements InferenceMethod {

  @Override
  public String name() {
    return "smc";
  }

  @Override
  public String description() {
    return "sequential Monte Carlo; --particles --resampler --ess-threshold";
  }

  @Override
  public Set<MethodOption> reads() {
    return Set.of(MethodOption.PARTICLES, MethodOption.RESAMPLER, MethodOption.ESS_THRESHOLD,
        MethodOption.DENSITY);
  }

  @Override
  public Posterior<Value> run(InferenceProblem problem, MethodOptions options, Rng rng,
      Progress progress) {
    SmcConfig config = SmcOptions.apply(options, SmcConfig.defaults());
    try {
      return BatchedPath.run(name(), problem, options, config, rng, progress, () -> {
        SmcResult<?, Value> result = Smc.run(
            ScoreProgress.counted(problem.model(), name(), config.particles(), progress), config,
            rng);
        return SmcOptions.posterior(name(), result);
      });
    } finally {
      progress.end();
    }
  }
}
