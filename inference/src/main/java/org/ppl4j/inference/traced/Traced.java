package org.ppl4j.inference.traced;

import java.util.ArrayList;
import java.util.List;
import org.ppl4j.semantics.model.Handler;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.model.ScoreSite;
import org.ppl4j.semantics.model.Step;
import org.ppl4j.semantics.random.Rng;

/**
 * Runs a model while recording its random choices, drawing from the prior, and extends partial
 * executions. Choices may be reused from an older trace, position by position, where the site
 * has the same support (the address scheme of Wingate, Stuhlmüller and Goodman, "Lightweight
 * implementations of probabilistic programming languages via transformational compilation",
 * AISTATS 2011, with execution position as address); the reuse rule is symmetric, which the
 * single-site proposal's acceptance ratio relies on.
 */
public final class Traced {
  private Traced() {}

  /**
   * A fresh execution of {@code model} from the prior, absorbing at most {@code scoreLimit}
   * scores ({@link Integer#MAX_VALUE}: to the end).
   */
  public static <A> Trace<A> run(Model<A> model, int scoreLimit, Rng rng) {
    return new Run<A>(List.of(), List.of(), 0, 0.0, 0.0, 0, scoreLimit, rng).run(model);
  }

  /** A trace that has not started: no choices, the whole model as its rest, no score allowed. */
  public static <A> Trace<A> unstarted(Model<A> model) {
    return new Trace<>(List.of(), model, 0.0, 0.0, 0, 0, false);
  }

  /**
   * Continues {@code trace} until it has absorbed {@code scoreLimit} scores and meets the next,
   * or returns; choices already made are kept. A finished or rejected trace is returned as is.
   */
  public static <A> Trace<A> extend(Trace<A> trace, int scoreLimit, Rng rng) {
    if (trace.finished() || trace.logLikelihood() == Double.NEGATIVE_INFINITY) {
      return trace;
    }
    return new Run<A>(trace.choices(), List.of(), trace.choices().size(), trace.logPrior(),
        trace.logLikelihood(), trace.scores(), scoreLimit, rng).run(trace.rest());
  }

  /**
   * Continues {@code trace} like {@link #extend}, but replays {@code reference}'s choices at
   * every later position (conditional SMC's reference particle): a deterministic program given
   * the same choices takes the same path, so this reproduces {@code reference} step by step.
   */
  public static <A> Trace<A> replay(Trace<A> trace, Trace<A> reference, int scoreLimit, Rng rng) {
    if (trace.finished() || trace.logLikelihood() == Double.NEGATIVE_INFINITY) {
      return trace;
    }
    return new Run<A>(trace.choices(), reference.choices(), trace.choices().size(),
        trace.logPrior(), trace.logLikelihood(), trace.scores(), scoreLimit, rng)
        .run(trace.rest());
  }

  /**
   * The interpreter (a {@link Handler}): records choices (reusing {@code old} ones at positions from
   * {@code reuseFrom} on, where the support matches) until the score limit, the end, or a
   * rejection. Tracks the log densities of fresh draws and of reused positions, for proposals.
   */
  static final class Run<A> extends Handler<A, Trace<A>> {
    final List<Choice> choices;
    final List<Choice> old;
    final int reuseFrom;
    final Rng rng;
    final int scoreLimit;
    double logPrior;
    double logLikelihood;
    int scores;
    ScoreSite lastSite = ScoreSite.NONE;
    double logFresh;
    double logReusedOld;

    Run(List<Choice> prefix, List<Choice> old, int reuseFrom, double logPrior,
        double logLikelihood, int scores, int scoreLimit, Rng rng) {
      this.choices = new ArrayList<>(prefix);
      this.old = old;
      this.reuseFrom = reuseFrom;
      this.logPrior = logPrior;
      this.logLikelihood = logLikelihood;
      this.scores = scores;
      this.scoreLimit = scoreLimit;
      this.rng = rng;
    }

    @Override
    protected <X> Model<A> onSample(Step.Sampled<X, A> sampled) {
      return choose(sampled);
    }

    @Override
    protected Model<A> onScore(Step.Scored<A> scored) {
      if (scores >= scoreLimit) {
        return stop(trace(Model.score(scored.logWeight(), scored.site()).flatMap(scored.next()),
            false));
      }
      logLikelihood = org.ppl4j.semantics.infer.LogWeightSum.add(logLikelihood,
          scored.logWeight(), scored.site());
      scores++;
      lastSite = scored.site();
      Model<A> rest = scored.resumeAfter();
      return logLikelihood == Double.NEGATIVE_INFINITY ? stop(trace(rest, false)) : rest;
    }

    @Override
    protected Trace<A> onDone(A value) {
      return trace(Model.pure(value), true);
    }

    private Trace<A> trace(Model<A> rest, boolean finished) {
      return new Trace<>(choices, rest, logPrior, logLikelihood, scores, scoreLimit, finished,
          lastSite);
    }

    @SuppressWarnings("unchecked")
    private <X> Model<A> choose(Step.Sampled<X, A> site) {
      int position = choices.size();
      X value;
      double lp;
      if (position >= reuseFrom && position < old.size()
          && old.get(position).site().distribution().support()
              .equals(site.distribution().support())) {
        Choice previous = old.get(position);
        value = (X) previous.value();
        lp = site.distribution().logDensity(value);
        logReusedOld += previous.logDensity();
      } else {
        value = site.draw(rng);
        lp = site.distribution().logDensity(value);
        logFresh += lp;
      }
      choices.add(new Choice(site, value, lp, logPrior, logLikelihood, scores));
      logPrior += lp;
      return site.resumeWith(value);
    }
  }
}
