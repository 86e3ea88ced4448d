package org.ppl4j.runner.method;

import java.util.Set;
import org.ppl4j.runner.progress.Progress;
import org.ppl4j.semantics.infer.Sampler;
import org.ppl4j.semantics.infer.SamplerConfig;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.Value;

/**
 * {@code --method forward}: draws from the prior by running the program forwards with every
 * {@code observe}, {@code factor} and {@code condition} ignored ({@link Sampler}); for checking
 * a model's prior and simulating data. {@code --samples} sets the number of draws.
 */
public final class ForwardMethod implements InferenceMethod {

  @Override
  public String name() {
    return "forward";
  }

  @Override
  public String description() {
    return "draws from the prior, conditions ignored; --samples";
  }

  @Override
  public Set<MethodOption> reads() {
    return Set.of(MethodOption.SAMPLES);
  }

  @Override
  public Posterior<Value> run(InferenceProblem problem, MethodOptions options, Rng rng,
      Progress progress) {
    SamplerConfig config = options.samples().isPresent()
        ? new SamplerConfig(options.samples().getAsInt()) : SamplerConfig.defaults();
    return Sampler.run(problem.model(), config, rng);
  }
}
