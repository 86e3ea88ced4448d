package org.ppl4j.semantics.model;

import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.ppl4j.semantics.dist.Distribution;

/**
 * A probabilistic program: an immutable free monad over two effects, {@code sample(d)} and
 * {@code score(logWeight)}, as in "Denotational validation of higher-order Bayesian inference"
 * (Ścibior, Kammar, Vákár, Staton, Yang, Cusumano-Towner, Heunen, Ghahramani; POPL 2018) and
 * its library monad-bayes.
 *
 * <p>A model denotes an unnormalised measure over its result. It never names its inference:
 * every inference representation interprets the same value by calling {@link #resume()}, which
 * runs the model to its next effect and returns a {@link Step} whose continuation is an
 * immutable function, so a suspended model may be resumed any number of times (SMC copies
 * particles at resampling). {@code flatMap} builds a {@link Bind} node lazily and
 * {@link #resume()} re-associates binds in a loop, so deep deterministic recursion and long
 * loops never grow the Java stack (a trampolined free monad).
 *
 * @param <A> the type of the result
 */
public sealed interface Model<A> permits Model.Pure, Model.Sample, Model.Score, Model.Bind {

  /** The model that returns {@code value} with weight 1 (log weight 0). */
  record Pure<A>(A value) implements Model<A> {}

  /**
   * The primitive draw from {@code distribution}; {@code site} says where the draw is, for
   * error messages only ({@link ScoreSite#NONE} when unknown).
   */
  record Sample<A>(Distribution<A> distribution, ScoreSite site) implements Model<A> {
    /** Requires a distribution and a site. */
    public Sample {
      Objects.requireNonNull(distribution, "distribution");
      Objects.requireNonNull(site, "site");
    }

    /** A draw with no known site. */
    public Sample(Distribution<A> distribution) {
      this(distribution, ScoreSite.NONE);
    }
  }

  /**
   * The primitive that multiplies the weight by {@code exp(logWeight)}; {@code site} says where
   * it comes from, for error messages only ({@link ScoreSite#NONE} when unknown).
   */
  record Score(double logWeight, ScoreSite site) implements Model<Unit> {
    /** Rejects a NaN log weight; requires a site. */
    public Score {
      if (Double.isNaN(logWeight)) {
        throw new IllegalArgumentException("score: log weight is NaN");
      }
      Objects.requireNonNull(site, "site");
    }

    /** A score with no known site. */
    public Score(double logWeight) {
      this(logWeight, ScoreSite.NONE);
    }
  }

  /** Sequencing: run {@code first}, pass its result to {@code next}. */
  record Bind<X, A>(Model<X> first, Function<? super X, ? extends Model<A>> next)
      implements Model<A> {
    /** Requires both parts. */
    public Bind {
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(next, "next");
    }
  }

  // ---- constructors -------------------------------------------------------------------------

  /** {@code return value}. */
  static <A> Model<A> pure(A value) {
    return new Pure<>(value);
  }

  /** A draw from {@code distribution}. */
  static <A> Model<A> sample(Distribution<A> distribution) {
    return new Sample<>(distribution);
  }

  /**
   * A draw from {@code distribution}, remembering {@code site} (where the draw is) for error
   * messages; the measure is that of {@link #sample(Distribution)}.
   */
  static <A> Model<A> sample(Distribution<A> distribution, ScoreSite site) {
    return new Sample<>(distribution, site);
  }

  /** Multiplies the weight by {@code exp(logWeight)}; {@code -inf} rejects. */
  static Model<Unit> score(double logWeight) {
    return new Score(logWeight);
  }

  /**
   * Multiplies the weight by {@code exp(logWeight)}, remembering {@code site} (where the score
   * comes from) for error messages; the measure is that of {@link #score(double)}.
   */
  static Model<Unit> score(double logWeight, ScoreSite site) {
    return new Score(logWeight, site);
  }

  /** Adds {@code logWeight} to the log weight (the language's {@code factor}). */
  static Model<Unit> factor(double logWeight) {
    return score(logWeight);
  }

  /** Conditions on {@code x} having been drawn from {@code distribution}. */
  static <T> Model<Unit> observe(Distribution<T> distribution, T x) {
    return score(distribution.logDensity(x));
  }

  /** The hard constraint {@code factor(holds ? 0 : -inf)}. */
  static Model<Unit> condition(boolean holds) {
    return score(holds ? 0.0 : Double.NEGATIVE_INFINITY);
  }

  // ---- combinators --------------------------------------------------------------------------

  /** Monadic bind: run this model, then {@code next} on its result. */
  default <B> Model<B> flatMap(Function<? super A, ? extends Model<B>> next) {
    return new Bind<>(this, next);
  }

  /** Applies {@code f} to the result. */
  default <B> Model<B> map(Function<? super A, ? extends B> f) {
    return flatMap(a -> pure(f.apply(a)));
  }

  /** Runs this model, then {@code next}, keeping the result of {@code next}. */
  default <B> Model<B> then(Model<B> next) {
    return flatMap(ignored -> next);
  }

  /** Runs {@code body} for each element in order, for its effects. */
  static <T> Model<Unit> forEach(List<T> items, Function<? super T, Model<?>> body) {
    List<T> copy = List.copyOf(items);
    return forEachFrom(copy, 0, body);
  }

  private static <T> Model<Unit> forEachFrom(
      List<T> items, int index, Function<? super T, Model<?>> body) {
    if (index == items.size()) {
      return pure(Unit.UNIT);
    }
    return body.apply(items.get(index)).flatMap(ignored -> forEachFrom(items, index + 1, body));
  }

  /** Left fold with an effectful step: {@code step(...step(step(init, x0), x1)..., xn)}. */
  static <T, S> Model<S> fold(
      List<T> items, S init, BiFunction<? super S, ? super T, Model<S>> step) {
    List<T> copy = List.copyOf(items);
    return foldFrom(copy, 0, init, step);
  }

  private static <T, S> Model<S> foldFrom(
      List<T> items, int index, S acc, BiFunction<? super S, ? super T, Model<S>> step) {
    if (index == items.size()) {
      return pure(acc);
    }
    return step.apply(acc, items.get(index))
        .flatMap(next -> foldFrom(items, index + 1, next, step));
  }

  /** Runs {@code model} {@code n} times independently and collects the results in order. */
  static <A> Model<List<A>> replicate(int n, Model<A> model) {
    if (n < 0) {
      throw new IllegalArgumentException("replicate: n must be >= 0, got " + n);
    }
    return replicateFrom(n, model, PersistentList.empty()).map(PersistentList::toList);
  }

  private static <A> Model<PersistentList<A>> replicateFrom(
      int remaining, Model<A> model, PersistentList<A> acc) {
    if (remaining == 0) {
      return pure(acc);
    }
    return model.flatMap(a -> replicateFrom(remaining - 1, model, acc.prepend(a)));
  }

  // ---- interpretation -----------------------------------------------------------------------

  /**
   * Runs the model to its next effect. Deterministic work between effects happens here, in a
   * loop, so it never deepens the Java stack.
   */
  default Step<A> resume() {
    return Stepper.resume(this);
  }
}
