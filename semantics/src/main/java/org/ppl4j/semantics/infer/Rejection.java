package org.ppl4j.semantics.infer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ppl4j.semantics.model.Handler;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.model.ScoreSite;
import org.ppl4j.semantics.model.Step;
import org.ppl4j.semantics.posterior.Diagnostics;
import org.ppl4j.semantics.posterior.Empirical;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.random.Rng;

/**
 * Rejection sampling: exact, independent posterior draws by running the model forwards and
 * keeping some runs (von Neumann 1951), an interpretation of {@code Model} through
 * {@code resume()} like the representations of Ścibior et al. (POPL 2018; monad-bayes).
 *
 * <p>Without a bound, every score must be 0 or {@code -inf} (hard conditions: {@code condition},
 * or {@code observe} of a discrete value's mass when it is 0 or 1): a run is kept when no score
 * rejected it, and is abandoned at its first {@code -inf}. A model with soft scores (any other
 * log weight) needs a bound {@code B ≥} its total log weight {@code w}: a run is then kept with
 * probability {@code exp(w − B)}, and a run whose weight exceeds the bound is an error.
 *
 * <p>The acceptance probability is {@code Z / exp(B)} (B = 0 for hard conditions), so the
 * evidence estimate is {@code exp(B) (k − 1)/(n − 1)} after n attempts for k ≥ 2 accepted draws
 * (unbiased under inverse binomial sampling, Haldane 1945), {@code exp(B)/n} for k = 1.
 */
public final class Rejection {
  private Rejection() {}

  /**
   * {@code config.samples()} exact posterior draws, named {@code "rejection"}, with the
   * acceptance rate in the diagnostics and the log evidence estimate.
   *
   * @throws InferenceException when a soft score appears and no bound was given, when a run's
   *     log weight exceeds the bound, or when {@code maxAttempts} runs accept too few draws
   */
  public static <A> Posterior<A> run(Model<A> model, RejectionConfig config, Rng rng) {
    List<A> accepted = new ArrayList<>(config.samples());
    long attempts = 0;
    ScoreSite[] lastRejection = {ScoreSite.NONE};
    while (accepted.size() < config.samples()) {
      if (attempts == config.maxAttempts()) {
        throw accepted.isEmpty()
            ? new InferenceException("rejection: all " + attempts + " draws have zero weight"
                + " (0 of " + config.samples() + " draws accepted in " + attempts
                + " attempts), the last one rejected here; the conditions are impossible or too"
                + " unlikely for rejection sampling", lastRejection[0])
            : new InferenceException("rejection: only " + accepted.size() + " of "
                + config.samples() + " draws accepted in " + attempts
                + " attempts; the conditions are too unlikely, use importance or smc");
      }
      attempts++;
      attempt(model, config.logBound(), rng, lastRejection).ifPresent(accepted::add);
    }
    double logBound = config.logBound().orElse(0.0);
    int k = accepted.size();
    double logEvidence = logBound
        + (k >= 2 ? Math.log((k - 1.0) / (attempts - 1.0)) : -Math.log(attempts));
    return Posterior.of("rejection",
            new Empirical<>(accepted, new double[k], OptionalDouble.of(logEvidence)))
        .withDiagnostics(Diagnostics.none().withAcceptanceRate((double) k / attempts));
  }

  /** One forward run: its result if kept; a rejecting score's site goes to {@code rejectedAt}. */
  private static <A> Optional<A> attempt(Model<A> model, OptionalDouble logBound, Rng rng,
      ScoreSite[] rejectedAt) {
    return new Attempt<A>(logBound, rng, rejectedAt).run(model);
  }

  /** A forward run that stops at the first rejecting score. */
  private static final class Attempt<A> extends Handler<A, Optional<A>> {
    private final OptionalDouble logBound;
    private final Rng rng;
    private final ScoreSite[] rejectedAt;
    private double logWeight;
    private ScoreSite lastSite = ScoreSite.NONE;

    Attempt(OptionalDouble logBound, Rng rng, ScoreSite[] rejectedAt) {
      this.logBound = logBound;
      this.rng = rng;
      this.rejectedAt = rejectedAt;
    }

    @Override
    protected Optional<A> onDone(A value) {
      return accept(logWeight, logBound, lastSite, rng) ? Optional.of(value) : Optional.empty();
    }

    @Override
    protected <X> Model<A> onSample(Step.Sampled<X, A> sampled) {
      return sampled.resumeWithDraw(rng);
    }

    @Override
    protected Model<A> onScore(Step.Scored<A> scored) {
      double score = Weighted.checkedScore("rejection", scored.logWeight());
      if (score == Double.NEGATIVE_INFINITY) {
        rejectedAt[0] = scored.site();
        return stop(Optional.empty());
      }
      if (score != 0.0 && logBound.isEmpty()) {
        throw new InferenceException("rejection: the model has a soft score (log weight "
            + score + "); rejection sampling needs hard conditions only (scores 0 or -inf),"
            + " or a bound on the total log weight; use importance or smc instead",
            scored.site());
      }
      logWeight += score;
      lastSite = scored.site();
      return scored.resumeAfter();
    }
  }

  private static boolean accept(double logWeight, OptionalDouble logBound, ScoreSite lastSite,
      Rng rng) {
    if (logBound.isEmpty()) {
      return true;
    }
    double bound = logBound.getAsDouble();
    if (logWeight > bound + 1e-9 * Math.max(1.0, Math.abs(bound))) {
      throw new InferenceException("rejection: a run's log weight " + logWeight
          + " exceeds the given bound " + bound + "; give a larger bound", lastSite);
    }
    return Math.log(rng.nextDouble()) < logWeight - bound;
  }
}
