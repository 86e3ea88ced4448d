package org.ppl4j.runner.method;

import java.util.Set;
import org.ppl4j.runner.progress.Progress;
import org.ppl4j.semantics.infer.Rejection;
import org.ppl4j.semantics.infer.RejectionConfig;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.Value;

/**
 * {@code --method rejection}: exact draws by {@link Rejection} for models with hard conditions
 * only; {@code --samples} sets the number of accepted draws.
 */
public final class RejectionMethod implements InferenceMethod {

  @Override
  public String name() {
    return "rejection";
  }

  @Override
  public String description() {
    return "rejection sampling, hard conditions only; --samples";
  }

  @Override
  public Set<MethodOption> reads() {
    return Set.of(MethodOption.SAMPLES);
  }

  @Override
  public Posterior<Value> run(InferenceProblem problem, MethodOptions options, Rng rng,
      Progress progress) {
    RejectionConfig config = RejectionConfig.defaults();
    if (options.samples().isPresent()) {
      config = config.withSamples(options.samples().getAsInt());
    }
    return Rejection.run(problem.model(), config, rng);
  }
}
