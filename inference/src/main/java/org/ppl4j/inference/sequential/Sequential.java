package org.ppl4j.inference.sequential;

import org.ppl4j.inference.population.Particle;
import org.ppl4j.semantics.model.Handler;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.model.ScoreSite;
import org.ppl4j.semantics.model.Step;
import org.ppl4j.semantics.random.Rng;

/**
 * A model as a coroutine suspended just after a {@code score} (the {@code Sequential}
 * representation of monad-bayes; Ścibior et al., POPL 2018, §5): the rest of the model and the
 * log weight gathered so far.
 *
 * <p>{@link #advance} runs to and through the next score; {@link #finish} (of
 * {@link Particle}) runs to the end.
 * Neither changes the measure the particle denotes: {@code finish(advance(p)) = finish(p)} in
 * distribution, the weight of the result being the product of every score met. Continuations
 * are immutable, so one suspended particle may be advanced by several copies independently.
 * SMC over it on a program without scores is forward sampling with log evidence 0 (checked in
 * {@code proofs-tests}, {@code InvariantsTest}).
 *
 * @param rest the model from the suspension point on (a returned model when finished)
 * @param logWeight log of the product of the scores met so far (plus the initial log weight)
 * @param scores number of scores absorbed
 * @param finished whether {@code rest} has returned
 * @param lastSite where the last score absorbed is in the program (for error messages only)
 * @param <A> the model's result type
 */
public record Sequential<A>(Model<A> rest, double logWeight, int scores, boolean finished,
    ScoreSite lastSite) implements Particle<Sequential<A>> {

  /** A particle whose last score has no known site. */
  public Sequential(Model<A> rest, double logWeight, int scores, boolean finished) {
    this(rest, logWeight, scores, finished, ScoreSite.NONE);
  }

  /** A particle at the start of {@code model} with the given initial log weight. */
  public static <A> Sequential<A> start(Model<A> model, double logWeight) {
    return new Sequential<>(model, logWeight, 0, false);
  }

  @Override
  public Sequential<A> withLogWeight(double newLogWeight) {
    return new Sequential<>(rest, newLogWeight, scores, finished, lastSite);
  }

  /**
   * Runs the model, drawing with {@code rng}, to and through its next score. A finished particle
   * and a particle of weight zero are returned as they are (a dead particle never revives).
   */
  @Override
  public Sequential<A> advance(Rng rng) {
    if (finished || logWeight == Double.NEGATIVE_INFINITY) {
      return this;
    }
    return new Advance<>(this, rng).run(rest);
  }

  /** Draws with {@code rng} up to the next score, where it suspends the particle again. */
  private static final class Advance<A> extends Handler<A, Sequential<A>> {
    private final Sequential<A> from;
    private final Rng rng;

    Advance(Sequential<A> from, Rng rng) {
      this.from = from;
      this.rng = rng;
    }

    @Override
    protected Sequential<A> onDone(A value) {
      return new Sequential<>(Model.pure(value), from.logWeight, from.scores, true,
          from.lastSite);
    }

    @Override
    protected <X> Model<A> onSample(Step.Sampled<X, A> sampled) {
      return sampled.resumeWithDraw(rng);
    }

    @Override
    protected Model<A> onScore(Step.Scored<A> scored) {
      return stop(new Sequential<>(scored.resumeAfter(),
          org.ppl4j.semantics.infer.LogWeightSum.add(from.logWeight, scored.logWeight(),
              scored.site()),
          from.scores + 1, false, scored.site()));
    }
  }

  /**
   * The returned value.
   *
   * @throws IllegalStateException if the particle has not finished
   */
  public A value() {
    if (!finished) {
      throw new IllegalStateException("particle has not finished");
    }
    return ((Step.Done<A>) rest.resume()).value();
  }}
