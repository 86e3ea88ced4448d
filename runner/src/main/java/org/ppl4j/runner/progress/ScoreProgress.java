package org.ppl4j.runner.progress;

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
    Rng rng = Rng.seeded(PILOT_SEED);
    Model<A> current = model;
    long scores = 0;
    for (long steps = 0; steps < PILOT_STEPS; steps++) {
      Step<A> step = current.resume();
      if (step instanceof Step.Done<A>) {
        return scores;
      } else if (step instanceof Step.Scored<A> scored) {
        scores++;
        current = scored.resumeAfter();
      } else if (step instanceof Step.Sampled<?, A> sampled) {
        current = draw(sampled, rng);
      } else {
        throw new AssertionError("unknown step " + step);
      }
    }
    return -1;
  }

  private static <X, A> Model<A> draw(Step.Sampled<X, A> sampled, Rng rng) {
    return sampled.resumeWith(sampled.distribution().sample(rng));
  }

  /** {@code model}, advancing {@code progress} by one at each score. */
  static <A> Model<A> reporting(Model<A> model, Progress progress) {
    return Model.<Model<A>>pure(model).flatMap(m -> {
      Step<A> step = m.resume();
      if (step instanceof Step.Done<A> done) {
        return Model.pure(done.value());
      } else if (step instanceof Step.Scored<A> scored) {
        return Model.score(scored.logWeight(), scored.site()).flatMap(u -> {
          progress.advance(1);
          return reporting(scored.resumeAfter(), progress);
        });
      } else if (step instanceof Step.Sampled<?, A> sampled) {
        return resample(sampled, progress);
      }
      throw new AssertionError("unknown step " + step);
    });
  }

  private static <X, A> Model<A> resample(Step.Sampled<X, A> sampled, Progress progress) {
    return Model.sample(sampled.distribution())
        .flatMap(x -> reporting(sampled.resumeWith(x), progress));
  }
}
