package org.ppl4j.runner.method;

import java.util.Set;
import org.ppl4j.inference.mh.Mh;
import org.ppl4j.inference.mh.MhConfig;
import org.ppl4j.runner.progress.Progress;
import org.ppl4j.semantics.random.Rng;

/**
 * {@code --method mh}: single-site trace Metropolis-Hastings ({@link Mh}); {@code --mcmc-steps}
 * kernel steps between kept draws (thinning).
 */
public final class MhMethod implements InferenceMethod {
  @Override
  public String name() {
    return "mh";
  }

  @Override
  public String description() {
    return "single-site trace Metropolis-Hastings, chains in parallel";
  }

  @Override
  public Set<MethodOption> reads() {
    return Set.of(MethodOption.SAMPLES, MethodOption.WARMUP, MethodOption.CHAINS,
        MethodOption.MCMC_STEPS);
  }

  @Override
  public InferenceOutcome run(InferenceProblem problem, MethodOptions options, Rng rng,
      Progress progress) {
    MhConfig d = MhConfig.defaults();
    MhConfig config = new MhConfig(options.samples().orElse(d.samples()),
        options.warmup().orElse(d.warmup()), options.mcmcSteps().orElse(d.thin()),
        options.chains().orElse(d.chains()), d.parallelism());
    progress.begin("mh", (long) config.chains() * (config.warmup()
        + (long) config.samples() * config.thin()));
    try {
      return MonteCarloOptions.chains(MonteCarloOptions.reportingZeroWeight(
          () -> Mh.run(problem.model(), config, rng, progress::advance)));
    } finally {
      progress.end();
    }
  }
}
