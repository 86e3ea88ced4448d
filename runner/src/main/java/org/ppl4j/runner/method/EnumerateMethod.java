package org.ppl4j.runner.method;

import java.util.Set;
import org.ppl4j.runner.progress.Progress;
import org.ppl4j.semantics.infer.BestFirstEnumerator;
import org.ppl4j.semantics.infer.Enumerator;
import org.ppl4j.semantics.infer.EnumeratorConfig;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.Value;

/**
 * {@code --method enumerate}: the exact posterior by {@link Enumerator} (finite choices); with
 * {@code --max-paths N}, the posterior over the N most probable complete executions by
 * {@link BestFirstEnumerator} (WebPPL's {@code maxExecutions}), their mass reported.
 */
public final class EnumerateMethod implements InferenceMethod {

  @Override
  public String name() {
    return "enumerate";
  }

  @Override
  public String description() {
    return "exact; finitely many discrete choices; --max-paths";
  }

  @Override
  public Set<MethodOption> reads() {
    return Set.of(MethodOption.MAX_PATHS);
  }

  @Override
  public Posterior<Value> run(InferenceProblem problem, MethodOptions options, Rng rng,
      Progress progress) {
    if (options.limits().maxPaths().isPresent()) {
      return BestFirstEnumerator.run(problem.model(), options.limits().maxPaths().getAsInt());
    }
    return Enumerator.run(problem.model(), EnumeratorConfig.defaults());
  }
}
