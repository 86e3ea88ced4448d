package org.ppl4j.runner.method;

import java.util.Set;
import org.ppl4j.runner.progress.Progress;
import org.ppl4j.semantics.infer.Enumerator;
import org.ppl4j.semantics.infer.EnumeratorConfig;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.Value;

/** {@code --method enumerate}: the exact posterior by {@link Enumerator} (finite choices). */
public final class EnumerateMethod implements InferenceMethod {

  @Override
  public String name() {
    return "enumerate";
  }

  @Override
  public String description() {
    return "exact; programs with finitely many discrete choices";
  }

  @Override
  public Set<MethodOption> reads() {
    return Set.of();
  }

  @Override
  public Posterior<Value> run(InferenceProblem problem, MethodOptions options, Rng rng,
      Progress progress) {
    return Enumerator.run(problem.model(), EnumeratorConfig.defaults());
  }
}
