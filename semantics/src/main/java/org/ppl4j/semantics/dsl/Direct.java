package org.ppl4j.semantics.dsl;

import java.util.Objects;
import org.ppl4j.semantics.dist.Distribution;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.model.PersistentList;
import org.ppl4j.semantics.model.Unit;

/**
 * The direct-style form of the DSL: a model written as ordinary Java code that calls
 * {@link Context#sample}, {@link Context#observe}, {@link Context#factor} and
 * {@link Context#condition} and returns its result,
 *
 * <pre>{@code
 * Model<Double> m = Direct.model(ctx -> {
 *   double mu = ctx.sample(normal(0, 10));
 *   for (double y : ys) ctx.observe(normal(mu, 1), y);
 *   return mu;
 * });
 * }</pre>
 *
 * turned into the same {@link Model} as the monadic form, so every inference method runs on it.
 *
 * <p>How: a Java method cannot be suspended and resumed, so the model is built by replay. To
 * reach its k-th effect, the body runs from the start, each earlier {@code sample} returning the
 * value already chosen and each earlier score skipped; at the k-th effect it stops and hands the
 * effect to the core, whose continuation replays again with one more value. The cost is
 * O(K²) body steps for a run with K effects (the monadic form: O(K)); fine for tens or hundreds
 * of effects, slow for thousands.
 *
 * <p>The body must be a deterministic function of the values its {@code sample}s return: no
 * other randomness, no mutation of outside state (it runs many times), and it must not catch
 * {@code Throwable} (the suspension travels as an {@link Error}).
 */
public final class Direct {
  private Direct() {}

  /** A model body in direct style. */
  @FunctionalInterface
  public interface Body<A> {
    /** Runs the model, drawing and scoring through {@code ctx}, and returns its result. */
    A run(Context ctx);
  }

  /** The effects a direct-style body may perform. */
  public interface Context {
    /** A draw from {@code distribution}. */
    <T> T sample(Distribution<T> distribution);

    /** Conditions on {@code x} having been drawn from {@code distribution}. */
    <T> void observe(Distribution<T> distribution, T x);

    /** Adds {@code logWeight} (not NaN) to the log weight. */
    void factor(double logWeight);

    /** Rejects the run unless {@code holds}. */
    default void condition(boolean holds) {
      factor(holds ? 0.0 : Double.NEGATIVE_INFINITY);
    }
  }

  /** The {@link Model} denoted by {@code body}. */
  public static <A> Model<A> model(Body<A> body) {
    Objects.requireNonNull(body, "Direct.model: the body is null");
    return continueFrom(body, PersistentList.empty());
  }

  private static <A> Model<A> continueFrom(Body<A> body, PersistentList<Object> done) {
    return Model.pure(Unit.UNIT).flatMap(ignored -> {
      Replay replay = new Replay(done);
      try {
        return Model.pure(body.run(replay));
      } catch (Suspension s) {
        return s.thenContinue(body, done);
      }
    });
  }

  /** A context that replays recorded effect results, then suspends at the next new effect. */
  private static final class Replay implements Context {
    private final Object[] recorded;
    private int position;

    /** Replays {@code done}, whose head is the latest effect's result. */
    Replay(PersistentList<Object> done) {
      recorded = new Object[done.size()];
      PersistentList<Object> rest = done;
      for (int k = recorded.length - 1; k >= 0; k--) {
        recorded[k] = rest.head();
        rest = rest.tail();
      }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T sample(Distribution<T> distribution) {
      Dsl.sample(distribution); // the same argument checks as the monadic form
      if (position < recorded.length) {
        return (T) recorded[position++];
      }
      throw new SampleSuspension(distribution);
    }

    @Override
    public <T> void observe(Distribution<T> distribution, T x) {
      Dsl.observe(distribution, x);
      if (position < recorded.length) {
        position++; // replayed: its density was scored already
        return;
      }
      factor(distribution.logDensity(x));
    }

    @Override
    public void factor(double logWeight) {
      Dsl.factor(logWeight);
      if (position < recorded.length) {
        position++;
        return;
      }
      throw new ScoreSuspension(logWeight);
    }
  }

  /** Control transfer from the body to the core at a new effect; carries no stack trace. */
  private abstract static class Suspension extends Error {
    private static final long serialVersionUID = 1L;

    Suspension() {
      super(null, null, false, false);
    }

    /** The effect, followed by the body replayed with its result recorded after {@code done}. */
    abstract <A> Model<A> thenContinue(Body<A> body, PersistentList<Object> done);
  }

  /** The body reached a new {@code sample}. */
  private static final class SampleSuspension extends Suspension {
    private static final long serialVersionUID = 1L;
    private final transient Distribution<?> distribution;

    SampleSuspension(Distribution<?> distribution) {
      this.distribution = distribution;
    }

    @Override
    <A> Model<A> thenContinue(Body<A> body, PersistentList<Object> done) {
      return sampleThen(distribution, body, done);
    }

    private static <T, A> Model<A> sampleThen(
        Distribution<T> d, Body<A> body, PersistentList<Object> done) {
      return Model.sample(d).flatMap(x -> continueFrom(body, done.prepend(x)));
    }
  }

  /** The body reached a new score. */
  private static final class ScoreSuspension extends Suspension {
    private static final long serialVersionUID = 1L;
    private final double logWeight;

    ScoreSuspension(double logWeight) {
      this.logWeight = logWeight;
    }

    @Override
    <A> Model<A> thenContinue(Body<A> body, PersistentList<Object> done) {
      return Model.score(logWeight).flatMap(u -> continueFrom(body, done.prepend(Unit.UNIT)));
    }
  }
}
