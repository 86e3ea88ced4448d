package org.ppl4j.inference.pmmh;

import java.util.Optional;
import java.util.function.LongConsumer;
import org.ppl4j.inference.mh.MarkovChain;
import org.ppl4j.inference.mh.Mh;
import org.ppl4j.inference.mh.MhResult;
import org.ppl4j.inference.parallel.Chains;
import org.ppl4j.inference.population.ZeroWeightException;
import org.ppl4j.inference.smc.Smc;
import org.ppl4j.inference.traced.SingleSiteMh;
import org.ppl4j.inference.traced.Trace;
import org.ppl4j.inference.traced.Traced;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.model.ScoreSite;
import org.ppl4j.semantics.random.Rng;

/**
 * Particle marginal Metropolis-Hastings (Andrieu, Doucet and Holenstein, "Particle Markov chain
 * Monte Carlo methods", JRSS B 2010; monad-bayes' {@code pmmh}): single-site MH over the
 * parameters where the intractable likelihood is replaced by the SMC estimate of the rest of
 * the model. Because that estimate is unbiased, the chain leaves the exact posterior of
 * (parameters, returned value) invariant.
 *
 * <p><b>Which choices are parameters:</b> every random choice made before the model's first
 * {@code observe}/{@code factor}/{@code condition}. In a {@code .ppl} program these are the
 * {@code ~} statements above the first observation (write the priors first); in the Java DSL,
 * the {@code sample}s bound before the first {@code score}. Later choices (latent states) are
 * handled by the particles. No marker is needed and the same program runs under every method.
 *
 * <p>Validated in {@code proofs-tests}: one step from the exact extended target, enumerated,
 * gives the exact posterior to 1e-9 (and fails with a biased resampler); chi-square invariance
 * from exact draws; conjugate posterior moments; simulation-based calibration on three models.
 */
public final class Pmmh {
  private Pmmh() {}

  /** A proposed state (empty when its SMC run died) and its log acceptance ratio. */
  public record Move<A>(Optional<PmmhState<A>> proposed, double logAcceptanceRatio) {}

  /**
   * Runs the chains in parallel (on the threads of {@code config.smc().parallelism()}, one
   * generator split off per chain first); each kept draw is one particle of the current state
   * drawn by weight.
   */
  public static <A> MhResult<A> run(Model<A> model, PmmhConfig config, Rng rng) {
    return run(model, config, rng, steps -> { });
  }

  /**
   * Runs the chains, giving {@code stepsDone} the number of PMMH steps completed since its
   * last call (from several threads: it must be thread-safe). Reporting never changes the
   * result. The composition: {@code Chains.run} of a {@link MarkovChain} of {@link #step}.
   */
  public static <A> MhResult<A> run(
      Model<A> model, PmmhConfig config, Rng rng, LongConsumer stepsDone) {
    MarkovChain.Schedule schedule =
        new MarkovChain.Schedule(config.warmup(), config.samples(), 1, 1);
    return MhResult.of(Chains.run(config.chains(), rng, config.smc().parallelism(), (c, r) ->
        MarkovChain.run(initial(model, config, r), (state, s) -> step(state, config, s),
            (state, s) -> state.filter().values().get(state.filter().population().drawIndex(s)),
            schedule, r, stepsDone)));
  }

  /**
   * A prior draw of the parameters with a positive likelihood estimate.
   *
   * @throws ZeroWeightException if none is found in {@code Mh.INITIAL_ATTEMPTS} tries
   */
  public static <A> PmmhState<A> initial(Model<A> model, PmmhConfig config, Rng rng) {
    int furthest = 0;
    ScoreSite furthestSite = ScoreSite.NONE;
    for (int attempt = 0; attempt < Mh.INITIAL_ATTEMPTS; attempt++) {
      Trace<A> parameters = Traced.run(model, 0, rng);
      if (parameters.logPrior() == Double.NEGATIVE_INFINITY) {
        continue;
      }
      try {
        return new PmmhState<>(parameters, Smc.run(parameters.rest(), config.smc(), rng));
      } catch (ZeroWeightException e) {
        if (e.scoreIndex() >= furthest) {
          furthest = e.scoreIndex();
          furthestSite = e.site();
        }
      }
    }
    throw ZeroWeightException.initialDraws(Mh.INITIAL_ATTEMPTS, furthest, furthestSite);
  }

  /**
   * Proposes new parameters by a single-site prior move and runs SMC for them; the ratio is
   * the single-site ratio plus the change in log likelihood estimate.
   */
  public static <A> Move<A> propose(PmmhState<A> current, PmmhConfig config, Rng rng) {
    SingleSiteMh.Proposal<A> p = SingleSiteMh.propose(current.parameters(), rng);
    if (p.logAcceptanceRatio() == Double.NEGATIVE_INFINITY) {
      return new Move<>(Optional.empty(), Double.NEGATIVE_INFINITY);
    }
    try {
      PmmhState<A> proposed =
          new PmmhState<>(p.trace(), Smc.run(p.trace().rest(), config.smc(), rng));
      double logRatio = p.logAcceptanceRatio()
          + proposed.logLikelihoodEstimate() - current.logLikelihoodEstimate();
      return new Move<>(Optional.of(proposed), logRatio);
    } catch (ZeroWeightException e) {
      return new Move<>(Optional.empty(), Double.NEGATIVE_INFINITY);
    }
  }

  /** One PMMH step: {@link #propose}, then accept with probability min(1, ratio). */
  public static <A> PmmhState<A> step(PmmhState<A> current, PmmhConfig config, Rng rng) {
    Move<A> move = propose(current, config, rng);
    if (move.proposed().isPresent() && SingleSiteMh.accept(move.logAcceptanceRatio(), rng)) {
      return move.proposed().get();
    }
    return current;
  }
}
