package org.ppl4j.runner.method;

import java.util.Set;
import org.ppl4j.inference.importance.Importance;
import org.ppl4j.inference.parallel.Parallelism;
import org.ppl4j.inference.smc.SmcConfig;
import org.ppl4j.inference.smc.SmcResult;
import org.ppl4j.runner.progress.Progress;
import org.ppl4j.runner.progress.ScoreProgress;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.Value;

/** {@code --method importance}: likelihood weighting ({@link Importance}), --particles draws. */
public final class ImportanceMethod implements InferenceMethod {

  @Override
  public String name() {
    return "importance";
  }

  @Override
  public String description() {
    return "likelihood weighting (importance sampling); --particles";
  }

  @Override
  public Set<MethodOption> reads() {
    return Set.of(MethodOption.PARTICLES, MethodOption.DENSITY);
  }

  @Override
  public Posterior<Value> run(InferenceProblem problem, MethodOptions options, Rng rng,
      Progress progress) {
    int particles = options.particles().orElse(SmcConfig.defaults().particles());
    try {
      // importance sampling is SMC that never resamples (threshold 0): the batched path serves
      SmcConfig config = SmcConfig.defaults().withParticles(particles).withEssThreshold(0.0);
      return BatchedPath.run(name(), problem, options, config, rng, progress, () -> {
        SmcResult<?, Value> result = Importance.run(
            ScoreProgress.counted(problem.model(), name(), particles, progress), particles, rng,
            Parallelism.allCores());
        return SmcOptions.posterior(name(), result.empirical(), result.essHistory());
      });
    } finally {
      progress.end();
    }
  }
}
