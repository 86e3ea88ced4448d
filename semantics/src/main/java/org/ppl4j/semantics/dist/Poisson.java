package org.ppl4j.semantics.dist;

import static org.ppl4j.semantics.dist.FamilyDescription.parameter;
import static org.ppl4j.semantics.math.DoubleNum.num;
import static org.ppl4j.semantics.math.DoubleNum.real;

import java.util.List;
import java.util.OptionalDouble;
import org.ppl4j.semantics.math.DoubleNum;
import org.ppl4j.semantics.math.Num;
import org.ppl4j.semantics.math.SaddlePoint;
import org.ppl4j.semantics.random.Rng;

/**
 * The Poisson distribution {@code poisson(rate)} on the non-negative integers.
 *
 * @param rate mean, &gt;= 0 and finite (rate 0 is the point mass at 0)
 */
public record Poisson(double rate) implements IntDistribution, DirectCdf {
  /** The family poisson: its parameters, constructor and log density. */
  public static final FamilyDescription FAMILY = new FamilyDescription("poisson", ValueType.INT,
      List.of(parameter("rate", Domain.NON_NEGATIVE)),
      a -> new Poisson(a.real(0)),
      (n, x, p) -> Poisson.logDensity(n, n.value(x[0]), p.get(0)[0]));

  /** Validates the parameter; see {@link Distributions#poisson}. */
  public Poisson {
    if (!(rate >= 0)) {
      throw Parameters.error("poisson", "rate", ">= 0", rate);
    }
    Parameters.finite("poisson", "rate", rate);
  }

  /** Inversion for small rates, Hörmann's PTRS for rates of 10 and more. */
  @Override
  public Integer sample(Rng rng) {
    return Parameters.drawAsInt("poisson", PoissonSampler.draw(rng, rate));
  }

  /**
   * {@code k log rate - rate - lgamma(k + 1)}, in Loader's saddle-point form for large k
   * ({@link SaddlePoint#logPoisson}).
   */
  @Override
  public double logDensity(int k) {
    return real(logDensity(DoubleNum.INSTANCE, k, num(rate)));
  }

  /** The log density written once over any {@link Num}; see the instance method. */
  public static long logDensity(Num n, double k, long rate) {
    return k >= 0 ? n.logPoisson(k, rate) : n.constant(Double.NEGATIVE_INFINITY);
  }

  @Override
  public boolean inSupport(int k) {
    return k >= 0;
  }

  @Override
  public Support support() {
    return new Support.Integers(0, Long.MAX_VALUE);
  }

  @Override
  public String name() {
    return "poisson";
  }

  @Override
  public OptionalDouble mean() {
    return OptionalDouble.of(rate);
  }

  @Override
  public OptionalDouble variance() {
    return OptionalDouble.of(rate);
  }

  @Override
  public double cdf(double x) {
    double k = Math.floor(x);
    return k < 0 ? 0.0 : Regularized.gammaQ(k + 1, rate);
  }

  @Override
  public double logCcdf(double x) {
    double k = Math.floor(x);
    return k < 0 ? 0.0 : Math.log(Regularized.gammaP(k + 1, rate));
  }

  @Override
  public double quantile(double q) {
    return Regularized.discreteQuantile(this, q, 0, Long.MAX_VALUE);
  }
}
