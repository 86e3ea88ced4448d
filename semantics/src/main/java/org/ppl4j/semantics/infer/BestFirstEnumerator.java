package org.ppl4j.semantics.infer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.PriorityQueue;
import org.ppl4j.semantics.dist.Distribution;
import org.ppl4j.semantics.math.SpecialFunctions;
import org.ppl4j.semantics.model.Handler;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.model.Step;
import org.ppl4j.semantics.model.Unit;
import org.ppl4j.semantics.posterior.Diagnostics;
import org.ppl4j.semantics.posterior.Empirical;
import org.ppl4j.semantics.posterior.Posterior;

/**
 * Enumeration of the most probable executions only (WebPPL's {@code Enumerate} with
 * {@code maxExecutions} and its likely-first strategy): the program's choice tree is searched
 * best first, always extending the partial execution of largest log weight (prior mass of its
 * choices times the likelihood of its scores so far; ties in the order reached), until
 * {@code maxPaths} complete executions are found. When no score is positive a weight never
 * grows along a path, so these are exactly the {@code maxPaths} most probable executions (by
 * prior times likelihood). Executions of weight zero are dropped and not counted.
 *
 * <p>The posterior is normalised over the kept executions. Their total weight {@code K} (prior
 * times likelihood) is a lower bound on the evidence and is reported as the log evidence; the
 * partial executions left unexplored carry at most {@code R} (when no score is positive), so
 * {@code K <= Z <= K + R}. The result is exact (enumerated, no sampling error); when the whole
 * tree was explored it is {@link Enumerator}'s posterior, otherwise a note in the diagnostics
 * states that it is the posterior given the kept executions, with {@code K} and {@code R}.
 */
public final class BestFirstEnumerator {
  private BestFirstEnumerator() {}

  private record Branch<A>(Model<A> model, double logWeight, long order) {}

  /**
   * The posterior over the {@code maxPaths} most probable complete executions of
   * {@code model}.
   *
   * @param maxPaths the most complete executions kept, &gt;= 1
   * @throws InferenceException when a choice has no finite support, when every explored
   *     execution has zero weight, or when a score is {@code +inf}
   */
  public static <A> Posterior<A> run(Model<A> model, long maxPaths) {
    if (maxPaths < 1) {
      throw new IllegalArgumentException("maxPaths must be >= 1, got " + maxPaths);
    }
    Search<A> search = new Search<>();
    search.queue.add(new Branch<>(model, 0.0, search.reached++));
    while (!search.queue.isEmpty() && search.kept < maxPaths) {
      Branch<A> branch = search.queue.poll();
      search.logWeight = branch.logWeight();
      search.run(branch.model());
    }
    double logKept = search.logMass.values().stream()
        .reduce(Double.NEGATIVE_INFINITY, SpecialFunctions::logAddExp);
    if (logKept == Double.NEGATIVE_INFINITY) {
      throw new InferenceException("enumerate: every execution explored has zero probability:"
          + " the conditions can never all hold", search.lastZero);
    }
    List<A> values = new ArrayList<>(search.results.values());
    double[] logWeights = search.logMass.values().stream().mapToDouble(m -> m - logKept)
        .toArray();
    Empirical<A> draws = new Empirical<>(values, logWeights, OptionalDouble.of(logKept));
    if (search.queue.isEmpty()) {
      return Posterior.exact("enumerate", draws);
    }
    double logRest = search.queue.stream().mapToDouble(Branch::logWeight)
        .reduce(Double.NEGATIVE_INFINITY, SpecialFunctions::logAddExp);
    String rest = search.positiveScore ? "a score was positive, so the unexplored mass is not"
        + " bounded" : String.format(Locale.ROOT, "the unexplored executions carry at most %.6g",
            Math.exp(logRest));
    return Posterior.exact("enumerate", draws).withDiagnostics(Diagnostics.exactResult()
        .withNotes(List.of(
        String.format(Locale.ROOT, "enumerate kept the %d most probable executions (--max-paths)"
            + " of more: they carry mass %.6g (prior times likelihood; the log evidence shown,"
            + " a lower bound) and %s; the posterior is normalised over the kept executions",
            search.kept, Math.exp(logKept), rest))));
  }

  /**
   * Runs one partial execution to its next draw, which it splits, to a score that lowers its
   * weight, after which it is queued again, or to its end.
   */
  private static final class Search<A> extends Handler<A, Unit> {
    final PriorityQueue<Branch<A>> queue = new PriorityQueue<>((a, b) -> {
      int byWeight = Double.compare(b.logWeight(), a.logWeight());
      return byWeight != 0 ? byWeight : Long.compare(a.order(), b.order());
    });
    final Map<Enumerator.ResultKey, Double> logMass = new LinkedHashMap<>();
    final Map<Enumerator.ResultKey, A> results = new LinkedHashMap<>();
    long reached;
    long kept;
    boolean positiveScore;
    org.ppl4j.semantics.model.ScoreSite lastZero = org.ppl4j.semantics.model.ScoreSite.NONE;
    double logWeight;

    @Override
    protected Unit onDone(A value) {
      kept++;
      Enumerator.ResultKey key = new Enumerator.ResultKey(value);
      results.putIfAbsent(key, value);
      logMass.merge(key, logWeight, SpecialFunctions::logAddExp);
      return Unit.UNIT;
    }

    @Override
    protected <X> Model<A> onSample(Step.Sampled<X, A> sampled) {
      Distribution<X> d = sampled.distribution();
      List<X> support = d.finiteSupport().orElseThrow(() -> new InferenceException(
          "enumerate: cannot enumerate a draw from " + d.name()
              + ": its support is not finite; use another method such as smc or importance",
          sampled.site()));
      for (X x : support) {
        double logMass = d.logDensity(x);
        if (logMass > Double.NEGATIVE_INFINITY) {
          queue.add(new Branch<>(sampled.resumeWith(x), logWeight + logMass, reached++));
        }
      }
      return stop(Unit.UNIT);
    }

    @Override
    protected Model<A> onScore(Step.Scored<A> scored) {
      double score = Weighted.checkedScore("enumerate", scored.logWeight());
      positiveScore |= score > 0;
      logWeight += score;
      if (logWeight == Double.NEGATIVE_INFINITY) {
        lastZero = scored.site();
        return stop(Unit.UNIT);
      }
      if (score < 0) {
        // lighter now: back in the queue, so that heavier partial executions go first
        queue.add(new Branch<>(scored.resumeAfter(), logWeight, reached++));
        return stop(Unit.UNIT);
      }
      return scored.resumeAfter();
    }
  }
}
