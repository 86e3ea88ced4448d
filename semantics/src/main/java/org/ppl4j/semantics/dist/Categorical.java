package org.ppl4j.semantics.dist;

import static org.ppl4j.semantics.dist.FamilyDescription.parameter;
import static org.ppl4j.semantics.math.DoubleNum.num;
import static org.ppl4j.semantics.math.DoubleNum.real;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ppl4j.semantics.math.DoubleNum;
import org.ppl4j.semantics.math.Num;
import org.ppl4j.semantics.random.Rng;

/**
 * The categorical distribution {@code categorical(ps)} on {@code 0 .. ps.length - 1}: index k
 * with probability {@code ps[k]}. The constructor normalises the weights to sum to 1.
 *
 * @param ps probabilities (after normalisation); the accessor returns a copy
 */
public record Categorical(double[] ps) implements IntDistribution {
  /** The family categorical: its parameters, constructor and log density. */
  public static final FamilyDescription FAMILY = new FamilyDescription(
      "categorical", ValueType.INT,
      List.of(parameter("ps", Domain.WEIGHTS)),
      a -> Distributions.categorical(a.reals(0)),
      (n, x, p) -> {
        long[] weights = p.get(0);
        double k = n.value(x[0]);
        if (!(k >= 0 && k < weights.length)) {
          return n.constant(Double.NEGATIVE_INFINITY);
        }
        long total = n.constant(0);
        for (long w : weights) {
          total = n.add(total, w);
        }
        return Categorical.logDensity(n, weights[(int) k], total);
      });

  /**
   * Validates and normalises the weights (copied).
   *
   * @param ps non-negative finite weights, at least one, not all zero
   */
  public Categorical {
    Parameters.length("categorical", "ps", ps.length, 1);
    double total = 0;
    for (int i = 0; i < ps.length; i++) {
      if (!(ps[i] >= 0) || ps[i] == Double.POSITIVE_INFINITY) {
        throw Parameters.error("categorical", "ps", "finite and >= 0 in every entry",
            ps[i] + " at index " + i);
      }
      total += ps[i];
    }
    if (!(total > 0)) {
      throw Parameters.error("categorical", "ps", "not all zero", Arrays.toString(ps));
    }
    if (total == Double.POSITIVE_INFINITY) {
      throw Parameters.error("categorical", "ps", "of finite sum", Arrays.toString(ps));
    }
    double[] normalised = new double[ps.length];
    for (int i = 0; i < ps.length; i++) {
      normalised[i] = ps[i] / total;
    }
    ps = normalised;
  }

  /** A copy of the normalised probabilities. */
  @Override
  public double[] ps() {
    return ps.clone();
  }

  /** The number of categories. */
  public int size() {
    return ps.length;
  }

  /** Probability of category {@code k}, 0 outside 0..size-1. */
  public double probability(int k) {
    return inSupport(k) ? ps[k] : 0;
  }

  /** Inversion: the first k whose cumulative probability exceeds U. */
  @Override
  public Integer sample(Rng rng) {
    while (true) {
      double u = rng.nextDouble();
      double cumulative = 0;
      for (int k = 0; k < ps.length; k++) {
        cumulative += ps[k];
        if (u < cumulative) {
          return k;
        }
      }
      // u fell in the rounding gap of the cumulative sum (probability ~1e-16): redraw.
    }
  }

  /** {@code log ps[k]}. */
  @Override
  public double logDensity(int k) {
    return inSupport(k) ? real(logDensity(DoubleNum.INSTANCE, num(ps[k]), num(1.0)))
        : Double.NEGATIVE_INFINITY;
  }

  /**
   * The log mass {@code log(weight / total)} of a category of weight {@code weight} among
   * weights summing to {@code total} (1 for the normalised {@link #ps}), over any {@link Num}.
   */
  public static long logDensity(Num n, long weight, long total) {
    return n.log(n.div(weight, total));
  }

  @Override
  public boolean inSupport(int k) {
    return k >= 0 && k < ps.length;
  }

  @Override
  public Support support() {
    return new Support.Integers(0, ps.length - 1L);
  }

  @Override
  public String name() {
    return "categorical";
  }

  /** {@code 0, 1, ..., ps.length - 1} (including zero-probability categories). */
  @Override
  public Optional<List<Integer>> finiteSupport() {
    return Optional.of(new IntegerRange(0, ps.length));
  }

  @Override
  public OptionalDouble mean() {
    double sum = 0;
    for (int k = 0; k < ps.length; k++) {
      sum += k * ps[k];
    }
    return OptionalDouble.of(sum);
  }

  @Override
  public OptionalDouble variance() {
    double m = mean().getAsDouble();
    double sum = 0;
    for (int k = 0; k < ps.length; k++) {
      sum += (k - m) * (k - m) * ps[k];
    }
    return OptionalDouble.of(sum);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Categorical c && Arrays.equals(ps, c.ps);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(ps);
  }

  @Override
  public String toString() {
    return "categorical(" + Arrays.toString(ps) + ")";
  }
}
