package org.ppl4j.runner.method;

import java.util.Set;
import org.ppl4j.runner.progress.Progress;
import org.ppl4j.semantics.infer.InferenceException;
import org.ppl4j.semantics.infer.Rejection;
import org.ppl4j.semantics.infer.RejectionConfig;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.Value;

/**
 * {@code --method rejection}: exact draws by {@link Rejection} with the bound {@code B = 0} on
 * the total log weight: a run is kept with probability {@code exp(w)} ({@code w} its log
 * weight), so hard conditions (w = 0 or -inf) and observations of discrete values (log masses
 * ≤ 0) are both handled exactly; a run with {@code w > 0} (an observed density above 1) is a
 * user error that suggests importance or SMC. {@code --samples} sets the number of accepted
 * draws. {@code --max-score S} (WebPPL's {@code maxScore}) sets the bound instead: a run is
 * kept with probability {@code exp(w - S)}, so soft observations (densities above 1) are
 * handled when S bounds every run's log weight; a run with {@code w > S} is a user error that
 * asks for a larger S.
 */
public final class RejectionMethod implements InferenceMethod {

  @Override
  public String name() {
    return "rejection";
  }

  @Override
  public String description() {
    return "rejection sampling; --samples --max-score";
  }

  @Override
  public Set<MethodOption> reads() {
    return Set.of(MethodOption.SAMPLES, MethodOption.MAX_SCORE);
  }

  @Override
  public Posterior<Value> run(InferenceProblem problem, MethodOptions options, Rng rng,
      Progress progress) {
    boolean given = options.limits().maxScore().isPresent();
    RejectionConfig config = RejectionConfig.defaults()
        .withLogBound(options.limits().maxScore().orElse(0.0));
    if (options.samples().isPresent()) {
      config = config.withSamples(options.samples().getAsInt());
    }
    try {
      return Rejection.run(problem.model(), config, rng);
    } catch (InferenceException e) {
      if (given && e.getMessage().contains("exceeds the given bound")) {
        throw new InferenceException(e.getMessage()
            .replace("the given bound", "--max-score")
            .replace("give a larger bound", "give a larger --max-score (an upper bound on every"
                + " run's total log weight)"), e.site());
      }
      if (e.getMessage().contains("exceeds the given bound")) {
        throw new InferenceException("rejection: a run has a positive log weight (a density"
            + " above 1 was observed); rejection sampling keeps a run with probability"
            + " exp(log weight), which needs log weights <= 0: use importance or smc", e.site());
      }
      throw e;
    }
  }
}
