package org.ppl4j.runner.progress;

import org.ppl4j.semantics.model.Handler;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.model.Step;
import org.ppl4j.semantics.random.Rng;

/**
 * Progress of particle methods (importance, SMC, resample-move SMC), counted in scores: a
 * particle passing an {@code observe}/{@code factor}/{@code condition} is one unit, and the
 * task has {@code particles × (scores of one forward run)} units, the scores counted by a pilot
 * run under a fixed generator of its own (so the user's seed drives the same draws with or
 * without a bar).
 *
 * <p>{@link #counted} returns a model that denotes the same measure and makes the same draws in
 * the same order, reporting each score it passes: results are identical with or without
 * progress. With a silent progress it returns the model itself, at no cost. For models whose
 * number of scores varies between runs the bar is an estimate; re-executions (the MH moves of
 * resample-move SMC) count too, so the bar may fill before the end.
 */
public final class ScoreProgress {
  private static final long PILOT_SEED = 0x5eed;
  private static final long PILOT_STEPS = 10_000_000L;

  private ScoreProgress() {}

  /**
   * Starts {@code task} on {@code progress} with {@code particles} times the scores of a pilot
   * run of {@code model}, and returns {@code model} reporting each score to {@code progress}.
   * A pilot run that fails or does not finish leaves the model unreported (the real run will
   * meet the same failure and report it).
   *
   * @param particles the number of particles, &gt;= 1
   */
  public static <A> Model<A> counted(Model<A> model, String task, int particles,
      Progress progress) {
    if (progress == Progress.silent()) {
      return model;
    }
    long scores;
    try {
      scores = pilotScores(model);
    } catch (RuntimeException | StackOverflowError e) {
      return model;
    }
    if (scores < 0) {
      return model;
    }
    progress.begin(task, Math.max(1L, particles * Math.max(1L, scores)));
    return reporting(model, progress);
  }

  /** The scores of one forward run (every score passed, whatever its weight); -1 if too long. */
  static <A> long pilotScores(Model<A> model) {
    return new Pilot<A>(Rng.seeded(PILOT_SEED)).run(model);
  }

  /** Counts the scores of a forward run, giving up (-1) after {@link #PILOT_STEPS} effects. */
  private static final class Pilot<A> extends Handler<A, Long> {
    private final Rng rng;
    private long scores;
    private long steps;

    Pilot(Rng rng) {
      this.rng = rng;
    }

    @Override
    protected Long onDone(A value) {
      return scores;
    }

    @Override
    protected <X> Model<A> onSample(Step.Sampled<X, A> sampled) {
      return ++steps == PILOT_STEPS ? stop(-1L) : sampled.resumeWithDraw(rng);
    }

    @Override
    protected Model<A> onScore(Step.Scored<A> scored) {
      scores++;
      return ++steps == PILOT_STEPS ? stop(-1L) : scored.resumeAfter();
    }
  }

  /** {@code model}, advancing {@code progress} by one at each score. */
  static <A> Model<A> reporting(Model<A> model, Progress progress) {
    return Model.<Model<A>>pure(model).flatMap(m -> new Reporting<A>(progress).run(m));
  }

  /** Re-emits the model's next effect, the score followed by a report. */
  private static final class Reporting<A> extends Handler<A, Model<A>> {
    private final Progress progress;

    Reporting(Progress progress) {
      this.progress = progress;
    }

    @Override
    protected Model<A> onDone(A value) {
      return Model.pure(value);
    }

    @Override
    protected <X> Model<A> onSample(Step.Sampled<X, A> sampled) {
      return stop(Model.sample(sampled.distribution())
          .flatMap(x -> reporting(sampled.resumeWith(x), progress)));
    }

    @Override
    protected Model<A> onScore(Step.Scored<A> scored) {
      return stop(Model.score(scored.logWeight(), scored.site()).flatMap(u -> {
        progress.advance(1);
        return reporting(scored.resumeAfter(), progress);
      }));
    }
  }
}
