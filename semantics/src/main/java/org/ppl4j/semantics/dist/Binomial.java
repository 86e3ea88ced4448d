package org.ppl4j.semantics.dist;

import static org.ppl4j.semantics.dist.FamilyDescription.parameter;
import static org.ppl4j.semantics.math.DoubleNum.num;
import static org.ppl4j.semantics.math.DoubleNum.real;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ppl4j.semantics.math.DoubleNum;
import org.ppl4j.semantics.math.Num;
import org.ppl4j.semantics.math.SaddlePoint;
import org.ppl4j.semantics.random.Rng;

/**
 * The binomial distribution {@code binomial(n, p)}: successes in n independent trials.
 *
 * @param n number of trials, &gt;= 0
 * @param p success probability, in [0, 1]
 */
public record Binomial(int n, double p) implements IntDistribution, DirectCdf {
  /** The family binomial: its parameters, constructor and log density. */
  public static final FamilyDescription FAMILY = new FamilyDescription("binomial", ValueType.INT,
      List.of(parameter("n", Domain.COUNT), parameter("p", Domain.PROBABILITY)),
      a -> new Binomial(a.integer(0), a.real(1)),
      (n, x, p) -> Binomial.logDensity(n, n.value(x[0]), n.value(p.get(0)[0]), p.get(1)[0]));

  /** Validates the parameters; see {@link Distributions#binomial}. */
  public Binomial {
    Parameters.nonNegative("binomial", "n", n);
    Parameters.probability("binomial", "p", p);
  }

  /** Inversion for small {@code n min(p, 1-p)}, Hörmann's BTRS otherwise. */
  @Override
  public Integer sample(Rng rng) {
    return BinomialSampler.draw(rng, n, p);
  }

  /**
   * {@code log C(n, k) + k log p + (n - k) log(1 - p)}, in Loader's saddle-point form for
   * large counts ({@link SaddlePoint#logBinomial}).
   */
  @Override
  public double logDensity(int k) {
    return real(logDensity(DoubleNum.INSTANCE, k, n, num(p)));
  }

  /** The log density written once over any {@link Num}; see the instance method. */
  public static long logDensity(Num n, double k, double trials, long p) {
    return k >= 0 && k <= trials ? n.logBinomial(k, trials, p)
        : n.constant(Double.NEGATIVE_INFINITY);
  }

  @Override
  public boolean inSupport(int k) {
    return k >= 0 && k <= n;
  }

  @Override
  public Support support() {
    return new Support.Integers(0, n);
  }

  @Override
  public String name() {
    return "binomial";
  }

  /** {@code 0, 1, ..., n}. */
  @Override
  public Optional<List<Integer>> finiteSupport() {
    return Optional.of(new IntegerRange(0, n + 1));
  }

  @Override
  public OptionalDouble mean() {
    return OptionalDouble.of(n * p);
  }

  @Override
  public OptionalDouble variance() {
    return OptionalDouble.of(n * p * (1 - p));
  }

  @Override
  public double cdf(double x) {
    double k = Math.floor(x);
    return k < 0 ? 0.0 : k >= n ? 1.0 : Regularized.beta(1 - p, n - k, k + 1);
  }

  @Override
  public double logCcdf(double x) {
    double k = Math.floor(x);
    return k < 0 ? 0.0 : k >= n ? Double.NEGATIVE_INFINITY
        : Math.log(Regularized.beta(p, k + 1, n - k));
  }

  @Override
  public double quantile(double q) {
    return Regularized.discreteQuantile(this, q, 0, n);
  }
}
