package org.ppl4j.semantics.dist;

import static org.ppl4j.semantics.dist.FamilyDescription.parameter;
import static org.ppl4j.semantics.math.DoubleNum.real;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ppl4j.semantics.math.DoubleNum;
import org.ppl4j.semantics.math.Num;
import org.ppl4j.semantics.random.Rng;

/**
 * The discrete uniform distribution {@code uniform_int(lo, hi)} on {@code lo .. hi - 1}
 * ({@code hi} exclusive).
 *
 * @param lo smallest value
 * @param hi one past the largest value, &gt; lo
 */
public record UniformInt(int lo, int hi) implements IntDistribution, Cumulative {
  /** The family uniform_int: its parameters, constructor and log density. */
  public static final FamilyDescription FAMILY = new FamilyDescription(
      "uniform_int", ValueType.INT,
      List.of(parameter("lo", Domain.INTEGER), parameter("hi", Domain.INTEGER)),
      a -> new UniformInt(a.integer(0), a.integer(1)),
      (n, x, p) -> {
        return UniformInt.logDensity(n, n.value(x[0]), n.value(p.get(0)[0]),
            n.value(p.get(1)[0]));
      });

  /** Validates the parameters; see {@link Distributions#uniformInt}. */
  public UniformInt {
    if (hi <= lo) {
      throw Parameters.error("uniform_int", "hi", "> lo (" + lo + ")", hi);
    }
  }

  /** The number of values, {@code hi - lo}. */
  public long count() {
    return (long) hi - lo;
  }

  /** {@code lo + } a uniform index (rejection on 64-bit draws when the range exceeds an int). */
  @Override
  public Integer sample(Rng rng) {
    long count = count();
    if (count <= Integer.MAX_VALUE) {
      return lo + rng.nextInt((int) count);
    }
    while (true) {
      long offset = rng.nextLong() >>> 32; // uniform on 0 .. 2^32 - 1 >= count - 1
      if (offset < count) {
        return (int) (lo + offset);
      }
    }
  }

  /** {@code -log(hi - lo)} on the support. */
  @Override
  public double logDensity(int k) {
    return real(logDensity(DoubleNum.INSTANCE, k, lo, hi));
  }

  /** {@code -log(hi - lo)} for {@code lo <= k < hi}, over any {@link Num}. */
  public static long logDensity(Num n, double k, double lo, double hi) {
    return n.constant(k >= lo && k < hi ? -Math.log(hi - lo) : Double.NEGATIVE_INFINITY);
  }

  @Override
  public boolean inSupport(int k) {
    return k >= lo && k < hi;
  }

  @Override
  public Support support() {
    return new Support.Integers(lo, hi - 1L);
  }

  @Override
  public String name() {
    return "uniform_int";
  }

  /** {@code lo, ..., hi - 1}, when there are at most {@code Integer.MAX_VALUE} of them. */
  @Override
  public Optional<List<Integer>> finiteSupport() {
    long count = count();
    return count <= Integer.MAX_VALUE
        ? Optional.of(new IntegerRange(lo, (int) count))
        : Optional.empty();
  }

  @Override
  public OptionalDouble mean() {
    return OptionalDouble.of(((double) lo + hi - 1) / 2);
  }

  /** {@code (count^2 - 1) / 12}. */
  @Override
  public OptionalDouble variance() {
    double count = count();
    return OptionalDouble.of((count * count - 1) / 12);
  }

  @Override
  public double cdf(double x) {
    double k = Math.floor(x);
    return k < lo ? 0.0 : k >= hi - 1 ? 1.0 : (k - lo + 1) / ((double) hi - lo);
  }

  @Override
  public double logCdf(double x) {
    return Math.log(cdf(x));
  }

  @Override
  public double logCcdf(double x) {
    double k = Math.floor(x);
    return k < lo ? 0.0 : k >= hi - 1 ? Double.NEGATIVE_INFINITY
        : Math.log((hi - 1 - k) / ((double) hi - lo));
  }

  @Override
  public double quantile(double q) {
    return Regularized.discreteQuantile(this, q, lo, hi - 1L);
  }
}
