package org.ppl4j.semantics.value;

import org.ppl4j.semantics.dist.Distribution;
import org.ppl4j.semantics.dist.Distributions;

/**
 * Converts the argument values of a distribution constructor to the typed parameters of the
 * {@link Distributions} factories, naming the distribution and the parameter when a value has
 * the wrong type.
 */
final class DistributionArgs {
  private DistributionArgs() {}

  static Distribution<?> construct(DistributionKind kind, Value[] args) {
    String n = kind.languageName();
    return switch (kind) {
      case NORMAL -> Distributions.normal(r(kind, args, 0), r(kind, args, 1));
      case LOGNORMAL -> Distributions.lognormal(r(kind, args, 0), r(kind, args, 1));
      case STUDENT_T -> Distributions.studentT(r(kind, args, 0), r(kind, args, 1), r(kind, args, 2));
      case CAUCHY -> Distributions.cauchy(r(kind, args, 0), r(kind, args, 1));
      case LAPLACE -> Distributions.laplace(r(kind, args, 0), r(kind, args, 1));
      case UNIFORM -> Distributions.uniform(r(kind, args, 0), r(kind, args, 1));
      case BETA -> Distributions.beta(r(kind, args, 0), r(kind, args, 1));
      case GAMMA -> Distributions.gamma(r(kind, args, 0), r(kind, args, 1));
      case INV_GAMMA -> Distributions.invGamma(r(kind, args, 0), r(kind, args, 1));
      case EXPONENTIAL -> Distributions.exponential(r(kind, args, 0));
      case HALF_NORMAL -> Distributions.halfNormal(r(kind, args, 0));
      case HALF_CAUCHY -> Distributions.halfCauchy(r(kind, args, 0));
      case BERNOULLI -> Distributions.bernoulli(r(kind, args, 0));
      case BINOMIAL -> Distributions.binomial(i(kind, args, 0), r(kind, args, 1));
      case POISSON -> Distributions.poisson(r(kind, args, 0));
      case GEOMETRIC -> Distributions.geometric(r(kind, args, 0));
      case NEG_BINOMIAL -> Distributions.negBinomial(r(kind, args, 0), r(kind, args, 1));
      case CATEGORICAL -> Distributions.categorical(realArray(args[0], n, "ps"));
      case UNIFORM_INT -> Distributions.uniformInt(i(kind, args, 0), i(kind, args, 1));
      case DIRICHLET -> Distributions.dirichlet(realArray(args[0], n, "alphas"));
      case MV_NORMAL -> Distributions.mvNormal(
          realArray(args[0], n, "mean"), matrix(args[1], n, "cov"));
    };
  }

  /** The distribution of a kind whose parameters are all real ({@code hasRealParameters}). */
  static Distribution<?> construct(DistributionKind kind, double[] p) {
    double[] q = java.util.Arrays.copyOf(p, 3);
    return construct(kind, q[0], q[1], q[2]);
  }

  /** As {@link #construct(DistributionKind, double[])} with the parameters in order. */
  static Distribution<?> construct(DistributionKind kind, double p0, double p1, double p2) {
    return switch (kind) {
      case NORMAL -> Distributions.normal(p0, p1);
      case LOGNORMAL -> Distributions.lognormal(p0, p1);
      case STUDENT_T -> Distributions.studentT(p0, p1, p2);
      case CAUCHY -> Distributions.cauchy(p0, p1);
      case LAPLACE -> Distributions.laplace(p0, p1);
      case UNIFORM -> Distributions.uniform(p0, p1);
      case BETA -> Distributions.beta(p0, p1);
      case GAMMA -> Distributions.gamma(p0, p1);
      case INV_GAMMA -> Distributions.invGamma(p0, p1);
      case EXPONENTIAL -> Distributions.exponential(p0);
      case HALF_NORMAL -> Distributions.halfNormal(p0);
      case HALF_CAUCHY -> Distributions.halfCauchy(p0);
      case BERNOULLI -> Distributions.bernoulli(p0);
      case POISSON -> Distributions.poisson(p0);
      case GEOMETRIC -> Distributions.geometric(p0);
      case NEG_BINOMIAL -> Distributions.negBinomial(p0, p1);
      case BINOMIAL, CATEGORICAL, UNIFORM_INT, DIRICHLET, MV_NORMAL ->
          throw new AssertionError(kind + " has non-real parameters");
    };
  }

  private static double r(DistributionKind kind, Value[] args, int index) {
    Value v = args[index];
    if (v instanceof RealValue x) {
      return x.value();
    }
    return real(v, kind.languageName(), kind.parameters().get(index));
  }

  private static int i(DistributionKind kind, Value[] args, int index) {
    Value v = args[index];
    String param = kind.parameters().get(index);
    if (v instanceof IntValue x && x.value() == (int) x.value()) {
      return (int) x.value();
    }
    throw new IllegalArgumentException(kind.languageName() + ": parameter " + param
        + " must be an Int, got " + describe(v));
  }

  static double real(Value v, String dist, String param) {
    if (v instanceof RealValue r) {
      return r.value();
    }
    if (v instanceof AdRealValue r) {
      return r.value();
    }
    if (v instanceof IntValue x) {
      return x.value();
    }
    throw new IllegalArgumentException(
        dist + ": " + param + " must be a Real, got " + v.typeName());
  }

  static double[] realArray(Value v, String dist, String param) {
    if (!(v instanceof ArrayValue a)) {
      throw new IllegalArgumentException(
          dist + ": " + param + " must be a Real[], got " + v.typeName());
    }
    double[] out = new double[a.elements().size()];
    for (int k = 0; k < out.length; k++) {
      out[k] = real(a.elements().get(k), dist, param + "[" + k + "]");
    }
    return out;
  }

  private static double[][] matrix(Value v, String dist, String param) {
    if (!(v instanceof ArrayValue a)) {
      throw new IllegalArgumentException(
          dist + ": " + param + " must be a Real[][], got " + v.typeName());
    }
    double[][] out = new double[a.elements().size()][];
    for (int k = 0; k < out.length; k++) {
      out[k] = realArray(a.elements().get(k), dist, param + "[" + k + "]");
    }
    return out;
  }

  private static String describe(Value v) {
    return v instanceof RealValue r ? String.valueOf(r.value()) : v.typeName();
  }
}
