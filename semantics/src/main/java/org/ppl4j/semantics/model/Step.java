package org.ppl4j.semantics.model;

import java.util.function.Function;
import org.ppl4j.semantics.dist.Distribution;
import org.ppl4j.semantics.dist.DrawOutOfRangeException;
import org.ppl4j.semantics.random.Rng;

/**
 * A model run to its next effect: finished with a value, suspended at a draw, or suspended at
 * a score. Continuations are immutable functions: resuming one twice runs the rest twice,
 * independently (what SMC needs to copy a particle).
 *
 * @param <A> the type of the model's result
 */
public sealed interface Step<A> permits Step.Done, Step.Sampled, Step.Scored {

  /** The model returned {@code value}. */
  record Done<A>(A value) implements Step<A> {}

  /**
   * The model draws from {@code distribution} and continues with {@code next}; {@code site}
   * says where the draw is (for error messages only).
   */
  record Sampled<X, A>(Distribution<X> distribution, Function<? super X, ? extends Model<A>> next,
      ScoreSite site) implements Step<A> {
    /** Validates the components. */
    public Sampled {
      java.util.Objects.requireNonNull(next, "next");
      java.util.Objects.requireNonNull(site, "site");
    }

    /** A draw with no known site. */
    public Sampled(Distribution<X> distribution, Function<? super X, ? extends Model<A>> next) {
      this(distribution, next, ScoreSite.NONE);
    }

    /** The rest of the model once {@code x} has been drawn. */
    public Model<A> resumeWith(X x) {
      return next.apply(x);
    }

    /**
     * The rest of the model once a value has been drawn from the distribution with {@code rng}.
     *
     * @throws DrawException if the distribution cannot give a representable value
     */
    public Model<A> resumeWithDraw(Rng rng) {
      return next.apply(draw(rng));
    }

    /**
     * A value drawn from the distribution with {@code rng}: what every representation calls
     * to draw at this site, so a failure always names the site.
     *
     * @throws DrawException if the distribution cannot give a representable value
     */
    public X draw(Rng rng) {
      try {
        return distribution.sample(rng);
      } catch (DrawOutOfRangeException e) {
        throw new DrawException(e.getMessage(), site);
      }
    }
  }

  /**
   * The model multiplies its weight by {@code exp(logWeight)} and continues with {@code next};
   * {@code site} says where the score comes from (for error messages only).
   */
  record Scored<A>(double logWeight, Function<? super Unit, ? extends Model<A>> next,
      ScoreSite site) implements Step<A> {
    /** Validates the components. */
    public Scored {
      java.util.Objects.requireNonNull(next, "next");
      java.util.Objects.requireNonNull(site, "site");
    }

    /** A score with no known site. */
    public Scored(double logWeight, Function<? super Unit, ? extends Model<A>> next) {
      this(logWeight, next, ScoreSite.NONE);
    }

    /**
     * The rest of the model after this score, deferred: the continuation runs only when the
     * returned model is resumed. A representation that stops at a zero weight therefore runs no
     * further statement of the program (issue 15: after {@code condition(i < length(xs))} the
     * dead run never evaluates {@code xs[i]}).
     */
    public Model<A> resumeAfter() {
      return new Model.Bind<>(UNIT, next);
    }

    private static final Model<Unit> UNIT = new Model.Pure<>(Unit.UNIT);
  }
}
