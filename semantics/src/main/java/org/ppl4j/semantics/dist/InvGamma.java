package org.ppl4j.semantics.dist;

import static org.ppl4j.semantics.dist.FamilyDescription.parameter;
import static org.ppl4j.semantics.math.DoubleNum.num;
import static org.ppl4j.semantics.math.DoubleNum.real;

import java.util.List;
import java.util.OptionalDouble;
import org.ppl4j.semantics.math.DoubleNum;
import org.ppl4j.semantics.math.Num;
import org.ppl4j.semantics.math.SpecialFunctions;
import org.ppl4j.semantics.random.Rng;

/**
 * The inverse-gamma distribution {@code inv_gamma(shape, scale)}: {@code 1 / X} for
 * {@code X ~ gamma(shape, rate = scale)}; density
 * {@code scale^shape x^(-shape-1) e^(-scale/x) / Gamma(shape)}.
 *
 * @param shape shape, &gt; 0 and finite
 * @param scale scale, &gt; 0 and finite
 */
public record InvGamma(double shape, double scale) implements RealDistribution, DirectCdf {
  /** The family inv_gamma: its parameters, constructor and log density. */
  public static final FamilyDescription FAMILY = new FamilyDescription("inv_gamma", ValueType.REAL,
      List.of(parameter("shape", Domain.POSITIVE), parameter("scale", Domain.POSITIVE)),
      a -> new InvGamma(a.real(0), a.real(1)),
      (n, x, p) -> InvGamma.logDensity(n, x[0], p.get(0)[0], p.get(1)[0]));

  /** Validates the parameters; see {@link Distributions#invGamma}. */
  public InvGamma {
    Parameters.positive("inv_gamma", "shape", shape);
    Parameters.positive("inv_gamma", "scale", scale);
  }

  /** {@code scale / G} with G a standard gamma(shape) draw, formed in log space. */
  @Override
  public Double sample(Rng rng) {
    double x = Math.exp(Math.log(scale) - GammaSampler.logStandard(rng, shape));
    return Math.min(Math.max(x, Double.MIN_VALUE), Double.MAX_VALUE);
  }

  /** {@code shape log scale - lgamma(shape) - (shape + 1) log x - scale / x}. */
  @Override
  public double logDensity(double x) {
    return real(logDensity(DoubleNum.INSTANCE, num(x), num(shape), num(scale)));
  }

  /** The log density written once over any {@link Num}; see the instance method. */
  public static long logDensity(Num n, long x, long shape, long scale) {
    double xv = n.value(x);
    if (!(xv > 0 && xv < Double.POSITIVE_INFINITY)) {
      return n.constant(Double.NEGATIVE_INFINITY);
    }
    return n.sub(n.sub(n.sub(n.mul(shape, n.log(scale)), n.lgamma(shape)),
        n.mul(n.plus(shape, 1), n.log(x))), n.div(scale, x));
  }

  @Override
  public boolean inSupport(double x) {
    return x > 0 && x < Double.POSITIVE_INFINITY;
  }

  @Override
  public Support support() {
    return new Support.LowerBounded(0);
  }

  @Override
  public String name() {
    return "inv_gamma";
  }

  /** {@code scale / (shape - 1)} when {@code shape > 1}. */
  @Override
  public OptionalDouble mean() {
    return shape > 1 ? OptionalDouble.of(scale / (shape - 1)) : OptionalDouble.empty();
  }

  /** {@code scale^2 / ((shape - 1)^2 (shape - 2))} when {@code shape > 2}. */
  @Override
  public OptionalDouble variance() {
    if (!(shape > 2)) {
      return OptionalDouble.empty();
    }
    double m = scale / (shape - 1);
    return OptionalDouble.of(m * m / (shape - 2));
  }

  @Override
  public double cdf(double x) {
    return x <= 0 ? 0.0 : Regularized.gammaQ(shape, scale / x);
  }

  @Override
  public double logCcdf(double x) {
    return x <= 0 ? 0.0 : Math.log(Regularized.gammaP(shape, scale / x));
  }

  @Override
  public double quantile(double p) {
    return p == 1 ? Double.POSITIVE_INFINITY : p == 0 ? 0.0
        : Regularized.polish(this, scale / Regularized.gammaQuantile(shape, 1 - p), p);
  }
}
