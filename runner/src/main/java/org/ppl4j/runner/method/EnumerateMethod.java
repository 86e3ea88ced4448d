package org.ppl4j.runner.method;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import org.ppl4j.runner.progress.Progress;
import org.ppl4j.semantics.infer.BestFirstEnumerator;
import org.ppl4j.semantics.infer.Enumerator;
import org.ppl4j.semantics.infer.EnumeratorConfig;
import org.ppl4j.semantics.infer.InferenceException;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.Value;

/**
 * {@code --method enumerate}: the exact posterior by {@link Enumerator} (finite choices); with
 * {@code --max-paths N}, the posterior over the N most probable complete executions by
 * {@link BestFirstEnumerator} (WebPPL's {@code maxExecutions}), their mass reported. Before an
 * exact enumeration it estimates the number of paths from {@value #PROBES} random ones
 * ({@link PathEstimate}, from a fixed seed, so the method stays deterministic; counted exactly
 * when there are that few) and stops at once, with an error, when the estimate is over the
 * enumerator's budget of {@link EnumeratorConfig#defaults() ten million} paths; otherwise the
 * estimate is the length of its progress bar.
 */
public final class EnumerateMethod implements InferenceMethod {
  /** Random paths behind the up-front estimate of the number of paths ({@link PathEstimate}). */
  static final int PROBES = 64;
  private static final long PROBE_SEED = 0x5eed_e57L;

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
    EnumeratorConfig config = EnumeratorConfig.defaults();
    OptionalDouble estimate = estimate(problem.model());
    if (estimate.isPresent() && estimate.getAsDouble() > config.maxPaths()) {
      throw new InferenceException(String.format(Locale.ROOT, "enumerate: the model has about"
          + " %.3g execution paths (estimated from %d random ones), more than the %,d that"
          + " enumeration explores; use another method such as smc, or --max-paths N for the"
          + " N most probable executions", estimate.getAsDouble(), PROBES, config.maxPaths()));
    }
    long total = estimate.isPresent()
        ? Math.max(1, Math.min(config.maxPaths(), Math.round(estimate.getAsDouble())))
        : config.maxPaths();
    progress.begin("enumerate", total);
    long[] reported = {0};
    try {
      return Enumerator.run(problem.model(), config, paths -> {
        progress.advance(paths - reported[0]);
        reported[0] = paths;
      });
    } finally {
      progress.end();
    }
  }

  /**
   * The number of paths of {@code model}: counted when there are at most {@value #PROBES} (as
   * cheap as the probes), else estimated from {@value #PROBES} random paths; empty when unknown.
   */
  private static OptionalDouble estimate(Model<Value> model) {
    try {
      OptionalLong few = PathCount.upTo(model, PROBES);
      if (few.isPresent()) {
        return OptionalDouble.of(few.getAsLong());
      }
    } catch (RuntimeException e) { // the enumerator reports it, as it always did
      return OptionalDouble.empty();
    }
    return PathEstimate.of(model, PROBES, Rng.seeded(PROBE_SEED));
  }
}
