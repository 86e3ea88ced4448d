package org.ppl4j.inference.kernels;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ppl4j.inference.traced.Choice;
import org.ppl4j.inference.traced.Trace;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.model.ScoreSite;
import org.ppl4j.semantics.model.Step;

/**
 * Re-runs a complete (or suspended) trace with new values at some positions and every other choice kept, from
 * the first changed position on (the earlier choices and totals are reused from the trace). The
 * result is deterministic: no draw is made. When the program's path changes (a site with another
 * support, more or fewer choices) the replay gives up and says so: a move built on it then
 * rejects, which is valid because the reverse move would give up in the same way (the structure
 * check is symmetric), and never silently compares traces of different shapes. Structure-changing
 * moves are left to prior re-draws ({@link org.ppl4j.inference.traced.SingleSiteMh}).
 */
public final class Replay {
  private Replay() {}

  /**
   * What a replay gave: the new trace, or none when the target density is zero there (a choice
   * outside its support, a score of {@code -inf}) or when the path changed.
   *
   * @param trace the replayed trace, complete, with its prior and likelihood recomputed
   * @param pathChanged whether the program took another path (sites or their number differ)
   */
  public record Outcome<A>(Optional<Trace<A>> trace, boolean pathChanged) {}

  /**
   * Whether a replay can start from {@code trace}: it has returned, or it is suspended at its
   * score limit (a resample-move particle) without having been rejected.
   */
  public static boolean replayable(Trace<?> trace) {
    return trace.finished() || (trace.scores() == trace.scoreLimit()
        && trace.logLikelihood() > Double.NEGATIVE_INFINITY);
  }

  /**
   * Replays {@code trace} with {@code values[k]} at {@code positions[k]}.
   *
   * @param trace a complete trace, or one suspended at its score limit ({@link #replayable});
   *     the replay stops where it stopped
   * @param positions increasing positions of {@code trace}'s choices, at least one
   * @param values the new values, each of its site's draw type
   */
  @SuppressWarnings("unchecked")
  public static <A> Outcome<A> withValues(Trace<A> trace, int[] positions, Object[] values) {
    List<Choice> old = trace.choices();
    Choice first = old.get(positions[0]);
    List<Choice> choices = new ArrayList<>(old.subList(0, positions[0]));
    double logPrior = first.logPriorBefore();
    double logLikelihood = first.logLikelihoodBefore();
    int scores = first.scoresBefore();
    ScoreSite lastSite = trace.lastSite();
    int next = 0;
    Step<A> step = (Step<A>) first.site();
    while (true) {
      if (step instanceof Step.Sampled<?, A> sampled) {
        int position = choices.size();
        if (position >= old.size() || !old.get(position).site().distribution().support()
            .equals(sampled.distribution().support())) {
          return new Outcome<>(Optional.empty(), true);
        }
        Object value = next < positions.length && positions[next] == position
            ? values[next++] : old.get(position).value();
        Step.Sampled<Object, A> site = (Step.Sampled<Object, A>) sampled;
        double lp = site.distribution().logDensity(value);
        if (lp == Double.NEGATIVE_INFINITY || Double.isNaN(lp)) {
          return new Outcome<>(Optional.empty(), false);
        }
        choices.add(new Choice(site, value, lp, logPrior, logLikelihood, scores));
        logPrior += lp;
        step = site.resumeWith(value).resume();
      } else if (step instanceof Step.Scored<A> scored) {
        if (scores >= trace.scoreLimit()) {
          // suspended at the score limit, as the partial trace was
          if (choices.size() != old.size()) {
            return new Outcome<>(Optional.empty(), true);
          }
          return new Outcome<>(Optional.of(new Trace<>(choices,
              Model.score(scored.logWeight(), scored.site()).flatMap(scored.next()), logPrior,
              logLikelihood, scores, trace.scoreLimit(), false, lastSite)), false);
        }
        logLikelihood = org.ppl4j.semantics.infer.LogWeightSum.add(logLikelihood,
            scored.logWeight(), scored.site());
        scores++;
        lastSite = scored.site();
        if (logLikelihood == Double.NEGATIVE_INFINITY || Double.isNaN(logLikelihood)) {
          return new Outcome<>(Optional.empty(), false);
        }
        step = scored.resumeAfter().resume();
      } else if (step instanceof Step.Done<A> done) {
        if (choices.size() != old.size()) {
          return new Outcome<>(Optional.empty(), true);
        }
        return new Outcome<>(Optional.of(new Trace<>(choices, Model.pure(done.value()),
            logPrior, logLikelihood, scores, trace.scoreLimit(), true, lastSite)), false);
      } else {
        throw new AssertionError("unknown step " + step);
      }
    }
  }
}
