package org.ppl4j.runner.method;

import java.util.Set;
import org.ppl4j.inference.pmmh.Pmmh;
import org.ppl4j.inference.pmmh.PmmhConfig;
import org.ppl4j.runner.progress.Progress;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.Value;

/**
 * {@code --method pmmh}: particle marginal Metropolis-Hastings ({@link Pmmh}); the parameters
 * are the choices made before the first {@code observe}, the rest handled by SMC with
 * {@code --particles} particles.
 */
public final class PmmhMethod implements InferenceMethod {

  @Override
  public String name() {
    return "pmmh";
  }

  @Override
  public String description() {
    return "particle marginal MH; --samples --warmup --chains --particles";
  }

  @Override
  public Set<MethodOption> reads() {
    return Set.of(MethodOption.SAMPLES, MethodOption.WARMUP, MethodOption.CHAINS,
        MethodOption.PARTICLES, MethodOption.RESAMPLER, MethodOption.ESS_THRESHOLD);
  }

  @Override
  public Posterior<Value> run(InferenceProblem problem, MethodOptions options, Rng rng,
      Progress progress) {
    PmmhConfig d = PmmhConfig.defaults();
    PmmhConfig config = new PmmhConfig(options.samples().orElse(d.samples()),
        options.warmup().orElse(d.warmup()), options.chains().orElse(d.chains()),
        SmcOptions.apply(options, d.smc()));
    progress.begin("pmmh", (long) config.chains() * (config.warmup() + config.samples()));
    try {
      return MhMethod.chains(name(), Pmmh.run(problem.model(), config, rng, progress::advance));
    } finally {
      progress.end();
    }
  }
}
