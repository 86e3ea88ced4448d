package org.ppl4j.runner.method;

import java.util.Set;
import org.ppl4j.inference.mh.Mh;
import org.ppl4j.inference.mh.MhConfig;
import org.ppl4j.inference.mh.MhResult;
import org.ppl4j.runner.progress.Progress;
import org.ppl4j.semantics.posterior.Diagnostics;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.Value;

/**
 * {@code --method mh}: single-site trace Metropolis-Hastings ({@link Mh}), several chains;
 * {@code --mcmc-steps} sets the thinning (MH steps per kept draw).
 */
public final class MhMethod implements InferenceMethod {

  @Override
  public String name() {
    return "mh";
  }

  @Override
  public String description() {
    return "single-site MH; --samples --warmup --chains --mcmc-steps";
  }

  @Override
  public Set<MethodOption> reads() {
    return Set.of(MethodOption.SAMPLES, MethodOption.WARMUP, MethodOption.CHAINS,
        MethodOption.MCMC_STEPS);
  }

  @Override
  public Posterior<Value> run(InferenceProblem problem, MethodOptions options, Rng rng,
      Progress progress) {
    MhConfig d = MhConfig.defaults();
    MhConfig config = new MhConfig(options.samples().orElse(d.samples()),
        options.warmup().orElse(d.warmup()), options.mcmcSteps().orElse(d.thin()),
        options.chains().orElse(d.chains()), d.parallelism());
    progress.begin("mh", (long) config.chains()
        * (config.warmup() + (long) config.samples() * config.thin()));
    try {
      return chains(name(), Mh.run(problem.model(), config, rng, progress::advance));
    } finally {
      progress.end();
    }
  }

  /** An MH-style result as a posterior of chains with its acceptance rate. */
  static Posterior<Value> chains(String method, MhResult<Value> result) {
    return Posterior.fromChains(method, result.chains(),
        Diagnostics.none().withAcceptanceRate(result.acceptanceRate()));
  }
}
