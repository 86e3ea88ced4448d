package org.ppl4j.semantics.infer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.ppl4j.semantics.dist.Distribution;
import org.ppl4j.semantics.math.SpecialFunctions;
import org.ppl4j.semantics.model.Handler;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.model.ScoreSite;
import org.ppl4j.semantics.model.Step;
import org.ppl4j.semantics.model.Unit;
import org.ppl4j.semantics.posterior.Empirical;
import org.ppl4j.semantics.posterior.Posterior;

/**
 * The enumerator representation: the exact posterior and the exact log evidence of a model
 * whose every choice has finite support, by exploring every execution path with its log
 * probability (the {@code Enumerator} of Ścibior et al., POPL 2018, and monad-bayes'
 * {@code Control.Monad.Bayes.Enumerator}). Equal results (by {@code equals}, arrays by content)
 * are merged; branches of zero probability or zero weight are dropped where they arise.
 *
 * <p>Paths are explored depth-first with an explicit stack, so long programs do not grow the
 * Java stack. The cost is the number of paths, exponential in the number of choices.
 */
public final class Enumerator {
  private Enumerator() {}

  /** How many branches run between two reports to a progress sink. */
  static final int REPORT_EVERY = 4096;

  private record Branch<A>(Model<A> model, double logWeight) {}

  /**
   * The exact posterior of {@code model}: its distinct results with their normalised log
   * probabilities, in the order they are first reached, and the exact log evidence.
   *
   * @throws InferenceException when a choice has no finite support (naming its distribution),
   *     when more than {@code config.maxPaths()} paths are needed, when every path has zero
   *     weight, or when a score is {@code +inf}
   */
  public static <A> Posterior<A> run(Model<A> model, EnumeratorConfig config) {
    return run(model, config, paths -> { });
  }

  /**
   * {@link #run(Model, EnumeratorConfig)}, telling {@code pathsSoFar} the number of paths
   * explored every {@value #REPORT_EVERY} branches (for a progress bar; it changes nothing).
   */
  public static <A> Posterior<A> run(Model<A> model, EnumeratorConfig config,
      java.util.function.LongConsumer pathsSoFar) {
    Explore<A> explore = new Explore<>();
    explore.stack.push(new Branch<>(model, 0.0));
    long branches = 0;
    while (!explore.stack.isEmpty()) {
      Branch<A> branch = explore.stack.pop();
      explore.logWeight = branch.logWeight();
      explore.run(branch.model());
      if (++branches % REPORT_EVERY == 0) {
        pathsSoFar.accept(explore.paths);
      }
      if (explore.paths > config.maxPaths()) {
        throw new InferenceException("enumerate: the model has more than " + config.maxPaths()
            + " execution paths; use another method such as smc");
      }
    }
    return normalise(explore.results, explore.logMass, explore.lastZero);
  }

  /**
   * Runs one branch through its scores up to its next draw, which it splits into one branch
   * per value of positive mass (pushed on {@link #stack}), or to its end, whose result it
   * records with the branch's probability.
   */
  private static final class Explore<A> extends Handler<A, Unit> {
    final Map<ResultKey, Double> logMass = new LinkedHashMap<>();
    final Map<ResultKey, A> results = new LinkedHashMap<>();
    final Deque<Branch<A>> stack = new ArrayDeque<>();
    long paths;
    ScoreSite lastZero = ScoreSite.NONE;
    double logWeight;

    @Override
    protected Unit onDone(A value) {
      paths++;
      ResultKey key = new ResultKey(value);
      results.putIfAbsent(key, value);
      logMass.merge(key, logWeight, SpecialFunctions::logAddExp);
      return Unit.UNIT;
    }

    @Override
    protected <X> Model<A> onSample(Step.Sampled<X, A> sampled) {
      paths += expand(sampled, logWeight, stack);
      return stop(Unit.UNIT);
    }

    @Override
    protected Model<A> onScore(Step.Scored<A> scored) {
      logWeight = LogWeightSum.add(logWeight,
          Weighted.checkedScore("enumerate", scored.logWeight()), scored.site());
      if (logWeight == Double.NEGATIVE_INFINITY) {
        paths++;
        lastZero = scored.site();
        return stop(Unit.UNIT);
      }
      return scored.resumeAfter();
    }
  }

  /** Pushes one branch per value of positive mass; returns the number of paths cut off. */
  private static <X, A> long expand(
      Step.Sampled<X, A> sampled, double logWeight, Deque<Branch<A>> stack) {
    Distribution<X> d = sampled.distribution();
    List<X> support = d.finiteSupport().orElseThrow(() -> new InferenceException(
        "enumerate: cannot enumerate a draw from " + d.name()
            + ": its support is not finite; use another method such as smc or importance",
        sampled.site()));
    List<Branch<A>> children = new ArrayList<>(support.size());
    long cut = 0;
    for (X x : support) {
      double logMass = d.logDensity(x);
      if (logMass == Double.NEGATIVE_INFINITY) {
        cut++;
      } else {
        children.add(new Branch<>(sampled.resumeWith(x), logWeight + logMass));
      }
    }
    for (int i = children.size() - 1; i >= 0; i--) {
      stack.push(children.get(i)); // so the first value is explored first
    }
    return cut;
  }

  private static <A> Posterior<A> normalise(
      Map<ResultKey, A> results, Map<ResultKey, Double> logMass, ScoreSite lastZero) {
    double logEvidence = logMass.values().stream()
        .reduce(Double.NEGATIVE_INFINITY, SpecialFunctions::logAddExp);
    if (logEvidence == Double.NEGATIVE_INFINITY) {
      throw new InferenceException(
          "enumerate: every execution has zero probability: the conditions can never all hold"
              + " (the last execution explored gets weight zero here)", lastZero);
    }
    List<A> values = new ArrayList<>(results.values());
    double[] logWeights = logMass.values().stream()
        .mapToDouble(m -> m - logEvidence).toArray();
    return Posterior.exact("enumerate",
        new Empirical<>(values, logWeights, OptionalDouble.of(logEvidence)));
  }

  /** A result compared by value, arrays by content. */
  record ResultKey(Object value) {
    @Override
    public boolean equals(Object other) {
      return other instanceof ResultKey k && Objects.deepEquals(value, k.value);
    }

    @Override
    public int hashCode() {
      return Arrays.deepHashCode(new Object[] {value});
    }
  }
}
