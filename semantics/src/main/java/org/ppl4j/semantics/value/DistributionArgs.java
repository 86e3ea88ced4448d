package org.ppl4j.semantics.value;

import java.util.ArrayList;
import java.util.List;
import org.ppl4j.semantics.dist.Arguments;
import org.ppl4j.semantics.dist.Domain;
import org.ppl4j.semantics.dist.Product;
import org.ppl4j.semantics.dist.Distribution;
import org.ppl4j.semantics.dist.Family;

/**
 * Builds a family's distribution from the argument values of a language constructor (through
 * the family's {@link org.ppl4j.semantics.dist.FamilyDescription#constructor()}), converting
 * each argument to the shape its parameter's domain names and naming the distribution and the
 * parameter when a value has the wrong type.
 */
final class DistributionArgs {
  private DistributionArgs() {}

  static Distribution<?> construct(Family kind, Value[] args) {
    int n = vectorLength(kind, args);
    if (n < 0) {
      return kind.description().constructor().apply(new ValueArguments(kind, args));
    }
    List<Distribution<?>> elements = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Value[] element = new Value[args.length];
      for (int j = 0; j < args.length; j++) {
        element[j] = args[j] instanceof ArrayValue a ? a.elements().get(i) : args[j];
      }
      try {
        elements.add(kind.description().constructor().apply(new ValueArguments(kind, element)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(e.getMessage() + " (at index " + i + ")", e);
      }
    }
    return new Product(kind.languageName(), elements);
  }

  /** Whether every parameter of {@code kind} is one number (a univariate family to vectorise). */
  static boolean scalarParameters(Family kind) {
    for (var p : kind.description().parameters()) {
      var shape = p.domain().shape();
      if (shape != Domain.Shape.REAL && shape != Domain.Shape.INT) {
        return false;
      }
    }
    return true;
  }

  /**
   * The length of the arrays among the arguments of a univariate family whose parameters are
   * all numbers (LANGUAGE.md §9.2), or -1 when no argument is an array (or the family takes
   * arrays anyway, like {@code categorical}).
   *
   * @throws IllegalArgumentException naming the family, both parameters and both lengths when
   *     two arrays differ in length
   */
  static int vectorLength(Family kind, Value[] args) {
    if (!scalarParameters(kind)) {
      return -1;
    }
    int n = -1;
    int first = -1;
    for (int j = 0; j < args.length; j++) {
      if (args[j] instanceof ArrayValue a) {
        if (n < 0) {
          n = a.elements().size();
          first = j;
        } else if (a.elements().size() != n) {
          throw new IllegalArgumentException(kind.languageName() + ": parameters '"
              + kind.parameters().get(first) + "' (length " + n + ") and '"
              + kind.parameters().get(j) + "' (length " + a.elements().size()
              + ") must have the same length");
        }
      }
    }
    return n;
  }

  /** The distribution of a kind whose parameters are all real ({@code hasRealParameters}). */
  static Distribution<?> construct(Family kind, double[] p) {
    double[] q = java.util.Arrays.copyOf(p, 3);
    return construct(kind, q[0], q[1], q[2]);
  }

  /** As {@link #construct(Family, double[])} with the parameters in order. */
  static Distribution<?> construct(Family kind, double p0, double p1, double p2) {
    if (!kind.hasRealParameters()) {
      throw new AssertionError(kind + " has non-real parameters");
    }
    return kind.description().constructor().apply(new RealArguments(p0, p1, p2));
  }

  /** Up to three real arguments. */
  private record RealArguments(double p0, double p1, double p2) implements Arguments {
    @Override
    public double real(int i) {
      return i == 0 ? p0 : i == 1 ? p1 : p2;
    }

    @Override
    public int integer(int i) {
      throw new AssertionError("not a real parameter: " + i);
    }

    @Override
    public double[] reals(int i) {
      throw new AssertionError("not a real parameter: " + i);
    }

    @Override
    public double[][] matrix(int i) {
      throw new AssertionError("not a real parameter: " + i);
    }
  }

  /** Language values as arguments, with the language's type errors. */
  private record ValueArguments(Family kind, Value[] args) implements Arguments {
    @Override
    public double real(int index) {
      Value v = args[index];
      if (v instanceof RealValue x) {
        return x.value();
      }
      return parameter(v, kind.languageName(), kind.parameters().get(index));
    }

    @Override
    public int integer(int index) {
      Value v = args[index];
      String param = kind.parameters().get(index);
      if (v instanceof IntValue x && x.value() == (int) x.value()) {
        return (int) x.value();
      }
      if (v instanceof IntValue x) {
        throw new IllegalArgumentException(kind.languageName() + ": parameter " + param
            + " must be at most " + Integer.MAX_VALUE + " in absolute value, got " + x.value());
      }
      throw new IllegalArgumentException(kind.languageName() + ": parameter " + param
          + " must be an Int, got " + describe(v));
    }

    @Override
    public double[] reals(int index) {
      Value v = args[index];
      String dist = kind.languageName();
      String param = kind.parameters().get(index);
      if (!(v instanceof ArrayValue a)) {
        return realArray(v, dist, param);
      }
      double[] out = new double[a.elements().size()];
      for (int k = 0; k < out.length; k++) {
        out[k] = parameter(a.elements().get(k), dist, param + "[" + k + "]");
      }
      return out;
    }

    @Override
    public double[][] matrix(int index) {
      return DistributionArgs.matrix(args[index], kind.languageName(),
          kind.parameters().get(index));
    }
  }

  /**
   * A distribution's parameter as a real for building its typed distribution, read without
   * telling a recording tape ({@link org.ppl4j.semantics.ad.AdReal#peek()}): the typed
   * distribution hands its parameters out only through {@link FamilyDistribution#typed()},
   * which does tell it.
   */
  private static double parameter(Value v, String dist, String param) {
    if (v instanceof AdRealValue r) {
      return r.number().peek();
    }
    return real(v, dist, param);
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
