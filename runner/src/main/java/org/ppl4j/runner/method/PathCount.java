package org.ppl4j.runner.method;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.OptionalLong;
import org.ppl4j.semantics.dist.Distribution;
import org.ppl4j.semantics.model.Handler;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.model.Step;
import org.ppl4j.semantics.model.Unit;

/**
 * The number of execution paths the enumerator ({@link org.ppl4j.semantics.infer.Enumerator})
 * would explore, counted up to a cap by the same depth-first walk without computing any
 * result's probability: a path ends at the program's end or at a score of weight zero, a draw
 * splits it into one path per value of positive mass. {@link AutoMethod} enumerates only when
 * the count is at most its cap, so that it never starts an enumeration that would be slow or
 * give up. Cost: at most about {@code cap} paths and {@code 16 cap} draws; a walk that would
 * go deeper (a recursion without end) or wider gives up early, since every model left on its
 * stack ends in at least one path.
 */
final class PathCount {
  /** The most draws per path on average before the walk gives up (long single-value chains). */
  private static final long DRAWS_PER_PATH = 16;

  private PathCount() {}

  /**
   * The number of paths of {@code model}, if it is at most {@code cap} and every draw has finite
   * support; empty otherwise.
   */
  static OptionalLong upTo(Model<?> model, long cap) {
    return count(model, cap);
  }

  private static <A> OptionalLong count(Model<A> start, long cap) {
    Walk<A> walk = new Walk<>();
    walk.stack.push(start);
    while (!walk.stack.isEmpty()) {
      walk.run(walk.stack.pop());
      // every model on the stack ends in at least one path
      if (walk.infinite || walk.paths + walk.stack.size() > cap
          || walk.draws > DRAWS_PER_PATH * cap) {
        return OptionalLong.empty();
      }
    }
    return OptionalLong.of(walk.paths);
  }

  private static final class Walk<A> extends Handler<A, Unit> {
    final Deque<Model<A>> stack = new ArrayDeque<>();
    long paths;
    long draws;
    boolean infinite;

    @Override
    protected Unit onDone(A value) {
      paths++;
      return Unit.UNIT;
    }

    @Override
    protected <X> Model<A> onSample(Step.Sampled<X, A> sampled) {
      draws++;
      Distribution<X> d = sampled.distribution();
      java.util.Optional<List<X>> support = d.finiteSupport();
      if (support.isEmpty()) {
        infinite = true;
        return stop(Unit.UNIT);
      }
      List<X> values = support.get();
      for (int i = values.size() - 1; i >= 0; i--) {
        X x = values.get(i);
        if (d.logDensity(x) == Double.NEGATIVE_INFINITY) {
          paths++;
        } else {
          stack.push(sampled.resumeWith(x));
        }
      }
      return stop(Unit.UNIT);
    }

    @Override
    protected Model<A> onScore(Step.Scored<A> scored) {
      if (scored.logWeight() == Double.NEGATIVE_INFINITY) {
        paths++;
        return stop(Unit.UNIT);
      }
      return scored.resumeAfter();
    }
  }
}
