package org.ppl4j.semantics.dsl;

import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.ppl4j.semantics.dist.Distribution;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.model.PersistentList;
import org.ppl4j.semantics.model.Unit;

/**
 * The Java embedded DSL: static functions that build {@link Model} values, meant to be
 * imported with {@code import static org.ppl4j.semantics.dsl.Dsl.*} next to the distribution
 * factories. A model is written monadically, each random choice bound by {@code flatMap}:
 *
 * <pre>{@code
 * Model<Double> coin(List<Boolean> flips) {
 *   return sample(beta(1, 1)).flatMap(p ->
 *       forEach(flips, f -> observe(bernoulli(p), f))
 *           .then(pure(p)));
 * }
 * }</pre>
 *
 * <p>The models are the very values the {@code .ppl} compiler produces, so every inference
 * method runs on them; see {@link Direct} for a direct-style alternative and {@code docs/dsl.md}
 * for a guide. Arguments are checked when the model is built: a bad one fails at once with a
 * message naming it.
 */
public final class Dsl {
  private Dsl() {}

  /** A draw from {@code distribution}. */
  public static <T> Model<T> sample(Distribution<T> distribution) {
    return Model.sample(Objects.requireNonNull(distribution, "sample: the distribution is null"));
  }

  /**
   * Conditions on {@code x} having been drawn from {@code distribution}: multiplies the weight
   * by its density (or mass) at {@code x}, which is 0 outside the support.
   *
   * @throws IllegalArgumentException when {@code x} is {@code NaN}
   */
  public static <T> Model<Unit> observe(Distribution<T> distribution, T x) {
    Objects.requireNonNull(distribution, "observe: the distribution is null");
    Objects.requireNonNull(x, "observe: the observed value is null");
    if (x instanceof Double d && d.isNaN()) {
      throw new IllegalArgumentException(
          "observe: the observed value for " + distribution.name() + " is NaN");
    }
    return Model.observe(distribution, x);
  }

  /** Observes every element of {@code xs} as an independent draw from {@code distribution}. */
  public static <T> Model<Unit> observeAll(Distribution<T> distribution, List<T> xs) {
    Objects.requireNonNull(xs, "observeAll: the list of observations is null");
    return forEach(xs, x -> observe(distribution, x));
  }

  /**
   * Adds {@code logWeight} to the log weight ({@code -inf} rejects the run).
   *
   * @throws IllegalArgumentException when {@code logWeight} is {@code NaN}
   */
  public static Model<Unit> factor(double logWeight) {
    if (Double.isNaN(logWeight)) {
      throw new IllegalArgumentException("factor: the log weight is NaN");
    }
    return Model.factor(logWeight);
  }

  /** The hard constraint: keeps runs where {@code holds}, rejects the others. */
  public static Model<Unit> condition(boolean holds) {
    return Model.condition(holds);
  }

  /** The model that returns {@code value} with no effect. */
  public static <A> Model<A> pure(A value) {
    return Model.pure(value);
  }

  /** Runs {@code body} on each element of {@code items}, in order, for its effects. */
  public static <T> Model<Unit> forEach(List<T> items, Function<? super T, Model<?>> body) {
    Objects.requireNonNull(items, "forEach: the list is null");
    Objects.requireNonNull(body, "forEach: the body is null");
    return Model.forEach(items, body);
  }

  /** Runs {@code body} on each element of {@code xs}, in order, for its effects. */
  public static Model<Unit> forEach(double[] xs, DoubleFunction<Model<?>> body) {
    Objects.requireNonNull(xs, "forEach: the array is null");
    return forRange(xs.length, i -> body.apply(xs[i]));
  }

  /**
   * Runs {@code body(i)} for i = 0, 1, …, n − 1, in order, for its effects.
   *
   * @param n the number of iterations, &ge; 0
   */
  public static Model<Unit> forRange(int n, IntFunction<Model<?>> body) {
    if (n < 0) {
      throw new IllegalArgumentException("forRange: n must be >= 0, got " + n);
    }
    Objects.requireNonNull(body, "forRange: the body is null");
    return forRangeFrom(0, n, body);
  }

  private static Model<Unit> forRangeFrom(int i, int n, IntFunction<Model<?>> body) {
    if (i == n) {
      return Model.pure(Unit.UNIT);
    }
    return body.apply(i).flatMap(ignored -> forRangeFrom(i + 1, n, body));
  }

  /** Left fold with an effectful step: {@code step(...step(init, x0)..., x_{n-1})}. */
  public static <T, S> Model<S> fold(
      List<T> items, S init, BiFunction<? super S, ? super T, Model<S>> step) {
    Objects.requireNonNull(items, "fold: the list is null");
    Objects.requireNonNull(step, "fold: the step is null");
    return Model.fold(items, init, step);
  }

  /**
   * Runs {@code model} {@code n} times independently and collects the results in order.
   *
   * @param n the number of copies, &ge; 0
   */
  public static <A> Model<List<A>> replicate(int n, Model<A> model) {
    Objects.requireNonNull(model, "replicate: the model is null");
    return Model.replicate(n, model);
  }

  /**
   * Draws {@code n} independent values, the i-th from {@code distribution(i)}, as an array
   * (e.g. {@code sampleArray(k, i -> normal(0, 1))}).
   *
   * @param n the length, &ge; 0
   */
  public static Model<double[]> sampleArray(int n, IntFunction<Distribution<Double>> distribution) {
    if (n < 0) {
      throw new IllegalArgumentException("sampleArray: n must be >= 0, got " + n);
    }
    Objects.requireNonNull(distribution, "sampleArray: the distribution function is null");
    return sampleArrayFrom(0, n, distribution, PersistentList.empty());
  }

  private static Model<double[]> sampleArrayFrom(int i, int n,
      IntFunction<Distribution<Double>> distribution, PersistentList<Double> drawn) {
    if (i == n) {
      double[] out = new double[n];
      PersistentList<Double> rest = drawn;
      for (int k = n - 1; k >= 0; k--) {
        out[k] = rest.head();
        rest = rest.tail();
      }
      return Model.pure(out);
    }
    return sample(distribution.apply(i))
        .flatMap(x -> sampleArrayFrom(i + 1, n, distribution, drawn.prepend(x)));
  }
}
