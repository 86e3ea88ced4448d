package org.ppl4j.inference.mh;

import java.util.function.LongConsumer;
import org.ppl4j.inference.parallel.Chains;
import org.ppl4j.inference.population.ZeroWeightException;
import org.ppl4j.inference.traced.SingleSiteMh;
import org.ppl4j.inference.traced.Trace;
import org.ppl4j.inference.traced.Traced;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.random.Rng;

/**
 * Lightweight single-site trace Metropolis-Hastings (Wingate, Stuhlmüller and Goodman, AISTATS
 * 2011), as in monad-bayes' {@code mh}: each chain starts from a prior draw of positive weight
 * and applies {@link SingleSiteMh#step} repeatedly: {@code Chains.run} of a {@link MarkovChain}
 * of that kernel. Chains run in parallel, each with its own generator split off by chain index,
 * so results depend on the seed only.
 *
 * <p>Validated in {@code proofs-tests}: the kernel's exact invariance (enumerated, 1e-9, with a
 * broken kernel that must fail) and chi-square invariance from exact draws; conjugate posterior
 * moments; simulation-based calibration on three models.
 */
public final class Mh {
  /** Prior draws tried for a chain's initial state before giving up. */
  public static final int INITIAL_ATTEMPTS = 1000;

  /** Kernel steps between two progress reports. */
  static final int PROGRESS_EVERY = 100;

  private Mh() {}

  /**
   * Runs {@code config.chains()} chains on {@code model}.
   *
   * @throws ZeroWeightException if no prior draw of positive weight is found for a chain
   */
  public static <A> MhResult<A> run(Model<A> model, MhConfig config, Rng rng) {
    return run(model, config, rng, steps -> { });
  }

  /**
   * Runs the chains, reporting progress: {@code stepsDone} receives the number of kernel steps
   * completed since its last call (from several threads when chains run in parallel; it must be
   * thread-safe). Reporting never changes the result.
   */
  public static <A> MhResult<A> run(
      Model<A> model, MhConfig config, Rng rng, LongConsumer stepsDone) {
    MarkovChain.Schedule schedule = new MarkovChain.Schedule(
        config.warmup(), config.samples(), config.thin(), PROGRESS_EVERY);
    return MhResult.of(Chains.run(config.chains(), rng, config.parallelism(), (c, r) ->
        MarkovChain.run(initial(model, r), SingleSiteMh::step, (t, ignored) -> t.value(),
            schedule, r, stepsDone)));
  }

  /**
   * A complete prior execution of positive weight, trying up to {@link #INITIAL_ATTEMPTS}.
   *
   * @throws ZeroWeightException naming the furthest score reached if none is found
   */
  public static <A> Trace<A> initial(Model<A> model, Rng rng) {
    Trace<A> furthest = null;
    for (int attempt = 0; attempt < INITIAL_ATTEMPTS; attempt++) {
      Trace<A> t = Traced.run(model, Integer.MAX_VALUE, rng);
      if (t.logJoint() > Double.NEGATIVE_INFINITY) {
        return t;
      }
      if (furthest == null || t.scores() > furthest.scores()) {
        furthest = t;
      }
    }
    throw ZeroWeightException.initialDraws(INITIAL_ATTEMPTS, furthest.scores(),
        furthest.lastSite());
  }
}
