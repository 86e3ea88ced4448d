package org.ppl4j.inference.kernels;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ppl4j.inference.traced.Choice;
import org.ppl4j.inference.traced.Trace;
import org.ppl4j.semantics.random.Rng;

/**
 * A Gibbs move on one finite discrete choice: replay the trace with each value of the site's
 * finite support ({@link Replay}, every other choice kept), and draw the next value with
 * probability proportional to the tempered target {@code prior * likelihood^beta} of each
 * replay. Values whose replay changes the program's path are left out: the values that keep the
 * path are the same set from every state the move reaches (those states share all other choices
 * and the path), so this is Gibbs sampling from the target restricted to that set, and leaves the
 * target invariant. Moves across paths are left to prior re-draws, which {@link SiteKernel} mixes
 * in with a fixed probability. {@code proofs-tests} checks invariance by chi-square from exact
 * draws on a program whose structure changes.
 */
public final class EnumeratedGibbs {
  /** The most values a site may have for this move; larger supports use prior re-draws. */
  public static final int MAX_VALUES = 16;

  private EnumeratedGibbs() {}

  /** Whether the choice at {@code position} has a finite support of at most {@link #MAX_VALUES}. */
  public static boolean applies(Trace<?> trace, int position) {
    return values(trace.choices().get(position)).isPresent();
  }

  /**
   * One move on the finite discrete choice at {@code position} of the complete trace
   * {@code current}, at inverse temperature {@code beta}.
   *
   * @throws IllegalArgumentException if the choice is not finite discrete ({@link #applies})
   */
  public static <A> Move<A> step(Trace<A> current, int position, double beta, Rng rng) {
    Choice choice = current.choices().get(position);
    List<?> values = values(choice).orElseThrow(() -> new IllegalArgumentException(
        "choice " + position + " is not finite discrete"));
    List<Trace<A>> traces = new ArrayList<>(values.size() + 1);
    List<Double> logWeights = new ArrayList<>(values.size() + 1);
    int here = -1;
    for (Object v : values) {
      if (v.equals(choice.value())) {
        here = traces.size();
        traces.add(current);
        logWeights.add(TemperedTarget.logDensity(current, beta));
      } else {
        Optional<Trace<A>> t = Replay.withValues(current, new int[] {position},
            new Object[] {v}).trace();
        if (t.isPresent()) {
          traces.add(t.get());
          logWeights.add(TemperedTarget.logDensity(t.get(), beta));
        }
      }
    }
    if (here < 0) {
      here = traces.size();
      traces.add(current);
      logWeights.add(TemperedTarget.logDensity(current, beta));
    }
    double max = Double.NEGATIVE_INFINITY;
    for (double w : logWeights) {
      max = Math.max(max, w);
    }
    double total = 0;
    double[] weights = new double[logWeights.size()];
    for (int k = 0; k < weights.length; k++) {
      weights[k] = Math.exp(logWeights.get(k) - max);
      total += weights[k];
    }
    double u = rng.nextDouble() * total;
    int pick = weights.length - 1;
    for (int k = 0; k < weights.length; k++) {
      u -= weights[k];
      if (u < 0) {
        pick = k;
        break;
      }
    }
    if (weights[pick] == 0) {
      pick = here;
    }
    return new Move<>(traces.get(pick), pick != here, false);
  }

  @SuppressWarnings("unchecked")
  private static Optional<List<?>> values(Choice choice) {
    Optional<? extends List<?>> values = choice.site().distribution().finiteSupport();
    return values.filter(v -> v.size() <= MAX_VALUES).map(v -> (List<?>) v);
  }
}
