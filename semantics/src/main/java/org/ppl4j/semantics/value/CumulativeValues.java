package org.ppl4j.semantics.value;

import java.util.List;
import org.ppl4j.semantics.ad.AdMath;
import org.ppl4j.semantics.ad.AdNode;
import org.ppl4j.semantics.ad.AdReal;
import org.ppl4j.semantics.dist.Arguments;
import org.ppl4j.semantics.dist.Cumulative;
import org.ppl4j.semantics.dist.Family;
import org.ppl4j.semantics.dist.LocationScale;
import org.ppl4j.semantics.dist.RealDistribution;
import org.ppl4j.semantics.dist.TruncatedInt;
import org.ppl4j.semantics.dist.TruncatedReal;
import org.ppl4j.semantics.dist.ValueType;

/**
 * {@code cdf}, {@code lcdf}, {@code lccdf} and {@code quantile} of a univariate family's
 * distribution value (LANGUAGE.md §9.2), computed by the family's {@link Cumulative}, with
 * derivatives when a parameter or the argument carries one. The derivative in {@code x} is
 * exact ({@code dF/dx = p(x)}, so {@code d lcdf/dx = p/F}, {@code d lccdf/dx = -p/S};
 * {@code dq/dp = 1/p(q)}; 0 for count families); in the parameters it is exact for location-scale
 * families ({@link LocationScale}: {@code dF/dloc = -dF/dx}, {@code dF/dscale = -z dF/dx}) and a
 * central difference of the family's own function otherwise (relative step 1e-6). The result
 * is one tape node.
 */
public final class CumulativeValues {
  private CumulativeValues() {}

  /** The three cumulative functions. */
  public enum Function {
    /** {@code P(X <= x)}. */
    CDF("cdf"),
    /** {@code log P(X <= x)}. */
    LCDF("lcdf"),
    /** {@code log P(X > x)}. */
    LCCDF("lccdf");

    private final String builtin;

    Function(String builtin) {
      this.builtin = builtin;
    }

    /** The builtin's name. */
    public String builtin() {
      return builtin;
    }

    double at(Cumulative c, double x) {
      if (Double.isInfinite(x)) {
        boolean above = x > 0;
        return switch (this) {
          case CDF -> above ? 1.0 : 0.0;
          case LCDF -> above ? 0.0 : Double.NEGATIVE_INFINITY;
          case LCCDF -> above ? Double.NEGATIVE_INFINITY : 0.0;
        };
      }
      return switch (this) {
        case CDF -> c.cdf(x);
        case LCDF -> c.logCdf(x);
        case LCCDF -> c.logCcdf(x);
      };
    }
  }

  /**
   * {@code f(d, x)}: a {@code Real}, with its derivative when {@code d}'s parameters or
   * {@code x} carry one.
   *
   * @throws IllegalArgumentException naming the builtin and the family when {@code d} has no
   *     cdf, or when {@code x} is not a number (or Bool for {@code bernoulli})
   */
  public static Value apply(Function f, ValueDistribution d, Value x) {
    FamilyDistribution fd = univariate(d, f.builtin());
    AdReal xs = argument(x, f.builtin());
    if (!fd.hasDerivativeParameters() && xs.isConstant()) {
      return new RealValue(f.at((Cumulative) fd.typed(), xs.value()));
    }
    return AdArith.of(ad(f, fd, xs));
  }

  /**
   * {@code quantile(d, p)}: a {@code Real} for a continuous family (with its derivative when
   * {@code p} or a parameter carries one), an {@code Int} for a count family, a {@code Bool}
   * for {@code bernoulli}.
   *
   * @throws IllegalArgumentException when {@code d} has no quantile (naming the family), when
   *     {@code p} is outside [0, 1], or when a count family's quantile is infinite
   */
  public static Value quantile(ValueDistribution d, Value p) {
    FamilyDistribution fd = univariate(d, "quantile");
    AdReal pa = argument(p, "quantile");
    double pv = pa.value();
    if (!(pv >= 0 && pv <= 1)) {
      throw new IllegalArgumentException("quantile: p must be in [0, 1], got " + pv);
    }
    Cumulative c = (Cumulative) fd.typed();
    double q = c.quantile(pv);
    ValueType type = fd.kind().valueType();
    if (type == ValueType.BOOL) {
      return BoolValue.of(q > 0.5);
    }
    if (type == ValueType.INT) {
      if (Double.isInfinite(q)) {
        throw new IllegalArgumentException("quantile: '" + fd.name() + "' has no finite quantile"
            + " at p = " + pv);
      }
      return new IntValue((long) q);
    }
    if (!fd.hasDerivativeParameters() && pa.isConstant() || !Double.isFinite(q)) {
      return new RealValue(q);
    }
    double density = Math.exp(((RealDistribution) fd.typed()).logDensity(q));
    AdReal[] params = parameters(fd);
    double[] dParams = new double[params.length];
    if (c instanceof LocationScale ls) {
      dParams[0] = 1.0;
      dParams[1] = (q - ls.location()) / ls.scale();
    } else {
      for (int j = 0; j < params.length; j++) {
        dParams[j] = difference(fd, params, j, g -> g.quantile(pv));
      }
    }
    return AdArith.of(node(q, pa, finite(1.0 / density), params, dParams));
  }

  /** {@code f} at {@code x} with derivatives (one node). */
  static AdReal ad(Function f, FamilyDistribution fd, AdReal x) {
    Cumulative c = (Cumulative) fd.typed();
    double xv = x.value();
    double value = f.at(c, xv);
    AdReal[] params = parameters(fd);
    if (Double.isInfinite(xv) || Double.isInfinite(value)) {
      return AdReal.constant(value);
    }
    double dx = 0.0;
    boolean continuous = fd.typed() instanceof RealDistribution;
    if (continuous) {
      double logPdf = ((RealDistribution) fd.typed()).logDensity(xv);
      dx = switch (f) {
        case CDF -> Math.exp(logPdf);
        case LCDF -> Math.exp(logPdf - value);
        case LCCDF -> -Math.exp(logPdf - value);
      };
    }
    double[] dParams = new double[params.length];
    if (c instanceof LocationScale ls) {
      dParams[0] = -dx;
      dParams[1] = -(xv - ls.location()) / ls.scale() * dx;
    } else {
      for (int j = 0; j < params.length; j++) {
        dParams[j] = difference(fd, params, j, g -> f.at(g, xv));
      }
    }
    return node(value, x, finite(dx), params, dParams);
  }

  /**
   * The log mass of a truncated distribution's interval with its derivatives: from the
   * differentiable lccdf when the interval lies in the upper tail, else from the lcdf.
   */
  static AdReal logMassAd(TruncatedDistribution t) {
    FamilyDistribution base = t.base();
    AdReal lo;
    AdReal hi;
    if (t.typed() instanceof TruncatedInt ti) {
      lo = AdReal.constant(ti.lower() - 1.0);
      hi = AdReal.constant(ti.upper() == Long.MAX_VALUE ? Double.POSITIVE_INFINITY : ti.upper());
    } else {
      TruncatedReal tr = (TruncatedReal) t.typed();
      lo = Double.isInfinite(tr.lo()) ? AdReal.constant(tr.lo()) : AdArith.number(t.lo(), "lo");
      hi = Double.isInfinite(tr.hi()) ? AdReal.constant(tr.hi()) : AdArith.number(t.hi(), "hi");
    }
    Cumulative c = (Cumulative) base.typed();
    boolean upper = !Double.isInfinite(lo.value()) && c.logCcdf(lo.value()) < Math.log(0.5);
    if (upper) {
      AdReal a = ad(Function.LCCDF, base, lo);
      AdReal b = ad(Function.LCCDF, base, hi);
      return a.plus(AdMath.log1m(AdMath.exp(b.minus(a))));
    }
    AdReal a = ad(Function.LCDF, base, lo);
    AdReal b = ad(Function.LCDF, base, hi);
    return b.plus(AdMath.log1m(AdMath.exp(a.minus(b))));
  }

  private static AdReal node(double value, AdReal x, double dx, AdReal[] params,
      double[] dParams) {
    AdReal[] parents = new AdReal[params.length + 1];
    double[] partials = new double[params.length + 1];
    parents[0] = x;
    partials[0] = dx;
    for (int j = 0; j < params.length; j++) {
      parents[j + 1] = params[j];
      partials[j + 1] = finite(dParams[j]);
    }
    return AdNode.of(value, parents, partials);
  }

  private static double finite(double d) {
    return Double.isFinite(d) ? d : 0.0;
  }

  /** The scalar parameters as numbers (constants for plain values). */
  private static AdReal[] parameters(FamilyDistribution fd) {
    List<Value> args = fd.args();
    AdReal[] out = new AdReal[args.size()];
    for (int j = 0; j < out.length; j++) {
      out[j] = AdArith.number(args.get(j), fd.name());
    }
    return out;
  }

  /** A central difference of {@code g} in parameter {@code j} (one-sided at a boundary). */
  private static double difference(FamilyDistribution fd, AdReal[] params, int j,
      java.util.function.ToDoubleFunction<Cumulative> g) {
    if (params[j].isConstant()
        || fd.kind().description().parameters().get(j).domain().shape()
            != org.ppl4j.semantics.dist.Domain.Shape.REAL) {
      return 0.0;
    }
    double theta = params[j].value();
    double h = 1e-6 * Math.max(Math.abs(theta), 1e-2);
    double[] up = AdReal.values(params);
    double[] down = up.clone();
    up[j] = theta + h;
    down[j] = theta - h;
    Cumulative cUp = rebuilt(fd.kind(), up);
    Cumulative cDown = rebuilt(fd.kind(), down);
    if (cUp != null && cDown != null) {
      return (g.applyAsDouble(cUp) - g.applyAsDouble(cDown)) / (2 * h);
    }
    Cumulative here = rebuilt(fd.kind(), AdReal.values(params));
    if (cUp != null) {
      return (g.applyAsDouble(cUp) - g.applyAsDouble(here)) / h;
    }
    return cDown == null ? 0.0 : (g.applyAsDouble(here) - g.applyAsDouble(cDown)) / h;
  }

  private static Cumulative rebuilt(Family kind, double[] p) {
    try {
      return (Cumulative) kind.description().constructor().apply(new Numbers(p));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Plain numbers as a family's arguments. */
  private record Numbers(double[] p) implements Arguments {
    @Override
    public double real(int i) {
      return p[i];
    }

    @Override
    public int integer(int i) {
      return (int) p[i];
    }

    @Override
    public double[] reals(int i) {
      throw new AssertionError("not a scalar parameter: " + i);
    }

    @Override
    public double[][] matrix(int i) {
      throw new AssertionError("not a scalar parameter: " + i);
    }
  }

  /** {@code d} as a univariate family's distribution with a cdf. */
  private static FamilyDistribution univariate(ValueDistribution d, String builtin) {
    if (d instanceof FamilyDistribution f && !f.isVectorised()
        && f.typed() instanceof Cumulative) {
      return f;
    }
    if (d instanceof FamilyDistribution f && f.isVectorised()) {
      throw new IllegalArgumentException(builtin + ": expects a distribution of one number, got '"
          + f.name() + "' over arrays of length " + f.length());
    }
    throw new IllegalArgumentException(builtin + ": '" + d.name() + "' has no cdf");
  }

  /** A number argument (a Bool counts as 0 or 1). */
  private static AdReal argument(Value x, String builtin) {
    if (x instanceof RealValue || x instanceof IntValue || x instanceof AdRealValue
        || x instanceof BoolValue) {
      AdReal a = AdArith.number(x, builtin);
      if (Double.isNaN(a.value())) {
        throw new IllegalArgumentException(builtin + ": the argument is NaN");
      }
      return a;
    }
    throw new IllegalArgumentException(builtin + ": expects a number as its second argument,"
        + " got " + x.typeName());
  }
}
