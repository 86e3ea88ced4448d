package org.ppl4j.semantics.ad;

import static org.ppl4j.semantics.ad.AdMath.lbeta;
import static org.ppl4j.semantics.ad.AdMath.lgamma;
import static org.ppl4j.semantics.ad.AdMath.log;
import static org.ppl4j.semantics.ad.AdMath.log1m;
import static org.ppl4j.semantics.ad.AdMath.log1p;

import org.apache.commons.math3.special.Gamma;

/**
 * The log densities of {@link Family} on {@link AdReal} numbers: the textbook formulas (as in
 * the Stan Functions Reference), with all normalising constants, differentiable in every
 * continuous parameter and in a continuous argument. Discrete arguments are constants.
 */
final class AdLogDensities {
  private AdLogDensities() {}

  private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
  private static final AdReal NEG_INF = AdReal.constant(Double.NEGATIVE_INFINITY);

  static AdReal logDensity(AdDistribution d, AdReal[] xs) {
    AdReal x = xs[0];
    double v = x.value();
    switch (d.family()) {
      case NORMAL:
        return normal(x, d.scalar(0), positive(d, 1));
      case LOGNORMAL:
        return v <= 0 ? NEG_INF : normal(log(x), d.scalar(0), positive(d, 1)).minus(log(x));
      case STUDENT_T:
        return studentT(x, positive(d, 0), d.scalar(1), positive(d, 2));
      case CAUCHY:
        return cauchy(x, d.scalar(0), positive(d, 1));
      case LAPLACE: {
        AdReal scale = positive(d, 1);
        return AdMath.abs(x.minus(d.scalar(0))).div(scale).plus(log(scale.times(2))).negate();
      }
      case UNIFORM: {
        AdReal lo = d.scalar(0);
        AdReal hi = d.scalar(1);
        if (!(lo.value() < hi.value())) {
          throw domain(d, 1, "must be > lo = " + lo.value());
        }
        return v <= lo.value() || v >= hi.value() ? NEG_INF : log(hi.minus(lo)).negate();
      }
      case BETA: {
        AdReal a = positive(d, 0);
        AdReal b = positive(d, 1);
        if (v <= 0 || v >= 1) {
          return NEG_INF;
        }
        return a.minus(1).times(log(x)).plus(b.minus(1).times(log1m(x))).minus(lbeta(a, b));
      }
      case GAMMA: {
        AdReal shape = positive(d, 0);
        AdReal rate = positive(d, 1);
        if (v <= 0) {
          return NEG_INF;
        }
        return shape.times(log(rate)).minus(lgamma(shape))
            .plus(shape.minus(1).times(log(x))).minus(rate.times(x));
      }
      case INV_GAMMA: {
        AdReal shape = positive(d, 0);
        AdReal scale = positive(d, 1);
        if (v <= 0) {
          return NEG_INF;
        }
        return shape.times(log(scale)).minus(lgamma(shape))
            .minus(shape.plus(1).times(log(x))).minus(scale.div(x));
      }
      case EXPONENTIAL: {
        AdReal rate = positive(d, 0);
        return v < 0 ? NEG_INF : log(rate).minus(rate.times(x));
      }
      case HALF_NORMAL:
        return v < 0 ? NEG_INF : normal(x, AdReal.ZERO, positive(d, 0)).plus(Math.log(2));
      case HALF_CAUCHY:
        return v < 0 ? NEG_INF : cauchy(x, AdReal.ZERO, positive(d, 0)).plus(Math.log(2));
      case DIRICHLET:
        return AdMultivariate.dirichlet(d, xs);
      case MV_NORMAL:
        return AdMultivariate.mvNormal(d, xs);
      default:
        return discrete(d, v);
    }
  }

  private static AdReal discrete(AdDistribution d, double k) {
    if (k != Math.rint(k)) {
      return NEG_INF;
    }
    switch (d.family()) {
      case BERNOULLI: {
        AdReal p = probability(d, 0);
        return k == 1 ? log(p) : k == 0 ? log1m(p) : NEG_INF;
      }
      case BINOMIAL: {
        double n = d.scalar(0).value();
        if (n < 0 || n != Math.rint(n)) {
          throw domain(d, 0, "must be an integer >= 0");
        }
        AdReal p = probability(d, 1);
        if (k < 0 || k > n) {
          return NEG_INF;
        }
        double logChoose = Gamma.logGamma(n + 1) - Gamma.logGamma(k + 1)
            - Gamma.logGamma(n - k + 1);
        return xLogY(k, p).plus(xLogY(n - k, p.subtractedFrom(1))).plus(logChoose);
      }
      case POISSON: {
        AdReal rate = positive(d, 0);
        return k < 0 ? NEG_INF
            : log(rate).times(k).minus(rate).minus(Gamma.logGamma(k + 1));
      }
      case GEOMETRIC: {
        AdReal p = probability(d, 0);
        return k < 0 ? NEG_INF : xLogY(k, p.subtractedFrom(1)).plus(log(p));
      }
      case NEG_BINOMIAL: {
        AdReal r = positive(d, 0);
        AdReal p = probability(d, 1);
        if (k < 0) {
          return NEG_INF;
        }
        return lgamma(r.plus(k)).minus(lgamma(r)).minus(Gamma.logGamma(k + 1))
            .plus(r.times(log(p))).plus(xLogY(k, p.subtractedFrom(1)));
      }
      case CATEGORICAL: {
        AdReal[] ps = d.parameters().get(0);
        for (int i = 0; i < ps.length; i++) {
          if (!(ps[i].value() >= 0)) {
            throw domain(d, 0, "must have entries >= 0, entry " + i + " is " + ps[i].value());
          }
        }
        if (k < 0 || k >= ps.length) {
          return NEG_INF;
        }
        return log(ps[(int) k]).minus(log(AdMath.sum(ps)));
      }
      case UNIFORM_INT: {
        double lo = d.scalar(0).value();
        double hi = d.scalar(1).value();
        if (!(lo < hi)) {
          throw domain(d, 1, "must be > lo = " + lo);
        }
        return k < lo || k >= hi ? NEG_INF : AdReal.constant(-Math.log(hi - lo));
      }
      default:
        throw new AssertionError("not a discrete family: " + d.family());
    }
  }

  /** The normal log density as one tape node (the hot path of regressions). */
  static AdReal normal(AdReal x, AdReal mu, AdReal sigma) {
    double s = sigma.value();
    double z = (x.value() - mu.value()) / s;
    double value = -0.5 * z * z - Math.log(s) - LOG_SQRT_2PI;
    double dx = -z / s;
    return Tape.nary(value, new AdReal[] {x, mu, sigma}, new double[] {dx, -dx, (z * z - 1) / s});
  }

  private static AdReal cauchy(AdReal x, AdReal loc, AdReal scale) {
    AdReal z = x.minus(loc).div(scale);
    return log1p(z.square()).plus(log(scale)).plus(Math.log(Math.PI)).negate();
  }

  private static AdReal studentT(AdReal x, AdReal nu, AdReal mu, AdReal sigma) {
    AdReal z = x.minus(mu).div(sigma);
    AdReal half = nu.times(0.5);
    return lgamma(half.plus(0.5)).minus(lgamma(half))
        .minus(log(nu.times(Math.PI)).times(0.5)).minus(log(sigma))
        .minus(half.plus(0.5).times(log1p(z.square().div(nu))));
  }

  /** {@code k log(y)}, taken as 0 when {@code k == 0} (so p = 0 or 1 stays finite). */
  private static AdReal xLogY(double k, AdReal y) {
    return k == 0 ? AdReal.ZERO : log(y).times(k);
  }

  static AdReal positive(AdDistribution d, int i) {
    AdReal p = d.scalar(i);
    if (!(p.value() > 0) || p.value() == Double.POSITIVE_INFINITY) {
      throw domain(d, i, "must be > 0 and finite, got " + p.value());
    }
    return p;
  }

  private static AdReal probability(AdDistribution d, int i) {
    AdReal p = d.scalar(i);
    if (!(p.value() >= 0 && p.value() <= 1)) {
      throw domain(d, i, "must be in [0, 1], got " + p.value());
    }
    return p;
  }

  static IllegalArgumentException domain(AdDistribution d, int i, String what) {
    return new IllegalArgumentException(d.family().languageName() + ": parameter '"
        + d.family().parameterNames().get(i) + "' " + what);
  }
}
