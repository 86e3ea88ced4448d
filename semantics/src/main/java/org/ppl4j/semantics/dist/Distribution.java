package org.ppl4j.semantics.dist;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ppl4j.semantics.random.Rng;

/**
 * A probability distribution: an immutable value with a sampler driven by an explicit
 * generator and a log density (log mass for discrete distributions) with respect to Lebesgue
 * or counting measure.
 *
 * <p>Instances are made by validated factories in {@code Distributions}; a bad parameter is an
 * {@link IllegalArgumentException} naming the distribution, the parameter, the constraint and
 * the value.
 *
 * @param <T> the type of a draw: {@code Double}, {@code Integer}, {@code Boolean} or
 *     {@code double[]}
 */
public interface Distribution<T> {

  /** A draw, using only {@code rng} for randomness. */
  T sample(Rng rng);

  /** The log density (or log mass) at {@code x}; negative infinity outside the support. */
  double logDensity(T x);

  /** The set draws live in. */
  Support support();

  /** Whether {@code x} lies in the support. */
  boolean inSupport(T x);

  /** The name used in the language, e.g. {@code "normal"}. */
  String name();

  /**
   * Every value of positive mass, in a fixed order, when there are finitely many; empty for
   * continuous or unbounded discrete distributions.
   */
  default Optional<List<T>> finiteSupport() {
    return Optional.empty();
  }

  /** The mean, when the distribution is univariate and its mean is finite; otherwise empty. */
  default OptionalDouble mean() {
    return OptionalDouble.empty();
  }

  /**
   * The variance, when the distribution is univariate and its variance is finite; otherwise
   * empty.
   */
  default OptionalDouble variance() {
    return OptionalDouble.empty();
  }
}
