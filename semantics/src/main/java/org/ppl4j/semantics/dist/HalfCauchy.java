package org.ppl4j.semantics.dist;

import static org.ppl4j.semantics.dist.FamilyDescription.parameter;
import static org.ppl4j.semantics.math.DoubleNum.num;
import static org.ppl4j.semantics.math.DoubleNum.real;

import java.util.List;
import org.ppl4j.semantics.math.DoubleNum;
import org.ppl4j.semantics.math.Num;
import org.ppl4j.semantics.math.SpecialFunctions;
import org.ppl4j.semantics.random.Rng;

/**
 * The half-Cauchy distribution {@code half_cauchy(scale)}: {@code |X|} for
 * {@code X ~ cauchy(0, scale)}, on the positive reals; it has no mean.
 *
 * @param scale scale, &gt; 0 and finite
 */
public record HalfCauchy(double scale) implements RealDistribution, DirectCdf {
  /** The family half_cauchy: its parameters, constructor and log density. */
  public static final FamilyDescription FAMILY = new FamilyDescription(
      "half_cauchy", ValueType.REAL,
      List.of(parameter("scale", Domain.POSITIVE)),
      a -> new HalfCauchy(a.real(0)),
      (n, x, p) -> HalfCauchy.logDensity(n, x[0], p.get(0)[0]));

  private static final double LOG_2_OVER_PI = Math.log(2 / Math.PI);

  /** Validates the parameter; see {@link Distributions#halfCauchy}. */
  public HalfCauchy {
    Parameters.positive("half_cauchy", "scale", scale);
  }

  /** Inverse CDF: {@code scale tan(pi U / 2)}, U uniform on (0, 1). */
  @Override
  public Double sample(Rng rng) {
    double x = scale * Math.tan(0.5 * Math.PI * OpenUniform.draw(rng));
    return Math.min(Math.max(x, Double.MIN_VALUE), Double.MAX_VALUE);
  }

  /** {@code log(2 / pi) - log scale - log(1 + (x / scale)^2)}. */
  @Override
  public double logDensity(double x) {
    return real(logDensity(DoubleNum.INSTANCE, num(x), num(scale)));
  }

  /** The log density written once over any {@link Num}; see the instance method. */
  public static long logDensity(Num n, long x, long scale) {
    double xv = n.value(x);
    if (!(xv > 0 && xv < Double.POSITIVE_INFINITY)) {
      return n.constant(Double.NEGATIVE_INFINITY);
    }
    return n.sub(n.minusFrom(LOG_2_OVER_PI, n.log(scale)), n.log1pSquared(n.div(x, scale)));
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
    return "half_cauchy";
  }

  @Override
  public double cdf(double x) {
    return x <= 0 ? 0.0 : 2 / Math.PI * Math.atan2(x, scale);
  }

  @Override
  public double logCcdf(double x) {
    return x <= 0 ? 0.0 : Math.log(2 / Math.PI * Math.atan2(scale, x));
  }

  @Override
  public double quantile(double p) {
    return p == 1 ? Double.POSITIVE_INFINITY : scale * Math.tan(0.5 * Math.PI * p);
  }
}
