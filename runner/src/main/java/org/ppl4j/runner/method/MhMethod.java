package org.ppl4j.runner.method;

import java.util.Set;
import org.ppl4j.inference.kernels.Proposal;
import org.ppl4j.inference.mh.Mh;
import org.ppl4j.inference.mh.MhConfig;
import org.ppl4j.inference.mh.MhResult;
import org.ppl4j.inference.rwmh.AdaptiveMh;
import org.ppl4j.inference.rwmh.AdaptiveMhConfig;
import org.ppl4j.runner.progress.Progress;
import org.ppl4j.semantics.posterior.Diagnostics;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.Value;

/**
 * {@code --method mh}: single-site trace Metropolis-Hastings, several chains; {@code --mcmc-steps}
 * sets the thinning (MH steps per kept draw). {@code --proposal prior} re-draws a site from its
 * prior ({@link Mh}); {@code rw} and {@code auto} (the default) make random-walk moves on
 * continuous sites with step sizes adapted during warm-up ({@link AdaptiveMh}).
 */
public final class MhMethod implements InferenceMethod {

  @Override
  public String name() {
    return "mh";
  }

  @Override
  public String description() {
    return "trace MH; --samples --warmup --chains --mcmc-steps --proposal";
  }

  @Override
  public Set<MethodOption> reads() {
    return Set.of(MethodOption.SAMPLES, MethodOption.WARMUP, MethodOption.CHAINS,
        MethodOption.MCMC_STEPS, MethodOption.PROPOSAL);
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
      Proposal proposal = options.proposal().orElse(AdaptiveMhConfig.defaults().proposal());
      MhResult<Value> result = proposal == Proposal.PRIOR
          ? Mh.run(problem.model(), config, rng, progress::advance)
          : AdaptiveMh.run(problem.model(), new AdaptiveMhConfig(config, proposal,
              AdaptiveMhConfig.defaults().initialScale()), rng, progress::advance);
      return chains(name(), result);
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
