package org.ppl4j.inference.traced;

import java.util.Optional;
import org.ppl4j.inference.population.Particle;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.random.Rng;

/**
 * A particle that keeps the trace of its choices (monad-bayes' {@code Traced} over
 * {@code Sequential}): after {@code k} advances it has absorbed {@code k} scores and is
 * suspended at the next one. Its trace targets the partial posterior {@code pi_k} (prior times
 * the first {@code k} scores), which {@link #move} leaves invariant. Shared by resample-move
 * SMC and particle Gibbs (the reference particle of conditional SMC).
 *
 * @param trace the partial execution
 * @param logWeight the population weight, distinct from the trace's likelihood once resampled
 * @param reference a complete trace this particle replays instead of drawing (the reference
 *     particle of conditional SMC), or empty for a free particle
 * @param <A> result type
 */
public record TracedParticle<A>(Trace<A> trace, double logWeight, Optional<Trace<A>> reference)
    implements Particle<TracedParticle<A>> {

  /** A free particle. */
  public TracedParticle(Trace<A> trace, double logWeight) {
    this(trace, logWeight, Optional.empty());
  }

  /** A free particle at the start of {@code model}, of log weight 0. */
  public static <A> TracedParticle<A> start(Model<A> model) {
    return new TracedParticle<>(Traced.unstarted(model), 0.0);
  }

  /** This particle replaying {@code complete} from its current position on. */
  public TracedParticle<A> withReference(Trace<A> complete) {
    return new TracedParticle<>(trace, logWeight, Optional.of(complete));
  }

  /** This particle as a free one (its offspring after resampling draw for themselves). */
  public TracedParticle<A> free() {
    return reference.isEmpty() ? this : new TracedParticle<>(trace, logWeight);
  }

  @Override
  public TracedParticle<A> withLogWeight(double newLogWeight) {
    return new TracedParticle<>(trace, newLogWeight, reference);
  }

  @Override
  public boolean finished() {
    return trace.finished();
  }

  @Override
  public int scores() {
    return trace.scores();
  }

  @Override
  public org.ppl4j.semantics.model.ScoreSite lastSite() {
    return trace.lastSite();
  }

  /** Absorbs the pending score and runs to the next one; the weight gains that score. */
  @Override
  public TracedParticle<A> advance(Rng rng) {
    if (finished() || logWeight == Double.NEGATIVE_INFINITY) {
      return this;
    }
    Trace<A> next = reference.isPresent()
        ? Traced.replay(trace, reference.get(), trace.scores() + 1, rng)
        : Traced.extend(trace, trace.scores() + 1, rng);
    return new TracedParticle<>(next,
        logWeight + (next.logLikelihood() - trace.logLikelihood()), reference);
  }

  /** {@code steps} single-site MH steps on the partial trace; the weight is unchanged. */
  public TracedParticle<A> move(int steps, Rng rng) {
    Trace<A> t = trace;
    for (int s = 0; s < steps; s++) {
      t = SingleSiteMh.step(t, rng);
    }
    return new TracedParticle<>(t, logWeight, reference);
  }
}
