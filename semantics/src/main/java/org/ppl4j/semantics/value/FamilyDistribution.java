package org.ppl4j.semantics.value;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ppl4j.semantics.dist.Distribution;
import org.ppl4j.semantics.ad.AdReal;
import org.ppl4j.semantics.dist.Family;
import org.ppl4j.semantics.dist.Product;
import org.ppl4j.semantics.dist.Support;
import org.ppl4j.semantics.dist.ValueType;
import org.ppl4j.semantics.random.Rng;

/**
 * A distribution of the language made by a family's constructor (LANGUAGE.md §6) over
 * {@link Value}s: the constructor, the argument values it was given, and the typed
 * distribution they denote. With an array among the arguments of a univariate family it is
 * the product over arrays of that length (LANGUAGE.md §9.2; {@code typed} is then a
 * {@link Product}, scalars broadcast), whose log density is the sum over the elements. Draws
 * and densities convert between the typed representation ({@code Double}, {@code Integer},
 * {@code Boolean}, {@code double[]}) and values; the kind and arguments stay inspectable so that
 * a density can be recomputed with another number type (automatic differentiation).
 *
 * @param kind the constructor
 * @param args the arguments as written, in order ({@code args.size() == kind.arity()})
 * @param typed the distribution they denote
 */
public record FamilyDistribution(Family kind, List<Value> args, Distribution<?> typed)
    implements ValueDistribution {

  /** Requires every component and copies the arguments. */
  public FamilyDistribution {
    Objects.requireNonNull(kind, "kind");
    args = List.copyOf(args);
    Objects.requireNonNull(typed, "typed");
  }

  /**
   * The distribution {@code kind(args...)}.
   *
   * @throws IllegalArgumentException naming the distribution, the parameter and the value when
   *     an argument is of the wrong type or outside its domain
   */
  public static FamilyDistribution of(Family kind, List<Value> args) {
    if (args.size() != kind.arity()) {
      throw new IllegalArgumentException("'" + kind.languageName() + "' takes " + kind.arity()
          + " argument" + (kind.arity() == 1 ? "" : "s") + ", got " + args.size());
    }
    return new FamilyDistribution(kind, args,
        DistributionArgs.construct(kind, args.toArray(new Value[0])));
  }

  /**
   * The log density of {@code kind(args...)} at {@code x}, as
   * {@code of(kind, List.of(args)).logDensity(x)} but without building the value (the path
   * of {@code observe x ~ normal(mu, sigma)}).
   *
   * @param args the arguments, {@code args.length == kind.arity()}
   * @throws IllegalArgumentException as {@link #of} and {@link #logDensity}
   */
  @SuppressWarnings("unchecked")
  public static double logDensity(Family kind, Value[] args, Value x) {
    Distribution<?> typed = DistributionArgs.construct(kind, args);
    AdArith.observeDeep(java.util.Arrays.asList(args));
    if (kind.valueType() == ValueType.REAL && !(typed instanceof Product)) {
      if (x instanceof RealValue r) {
        return ((Distribution<Double>) typed).logDensity(r.value());
      }
      if (x instanceof IntValue i) {
        return ((Distribution<Double>) typed).logDensity((double) i.value());
      }
    }
    return new FamilyDistribution(kind, List.of(args), typed).logDensity(x);
  }

  /**
   * The log density of {@code kind(params...)} at {@code x} for a kind whose parameters are all
   * real: the same as {@link #logDensity(Family, Value[], Value)} with the parameters
   * as {@code Real}s.
   */
  public static double logDensity(Family kind, double[] params, Value x) {
    return logDensity(kind, DistributionArgs.construct(kind, params), params, x);
  }

  /**
   * {@link #logDensity(Family, double[], Value)} for a kind of at most three real
   * parameters, given in order (unused ones ignored), without an array.
   */
  public static double logDensity(Family kind, double p0, double p1, double p2,
      Value x) {
    Distribution<?> typed = DistributionArgs.construct(kind, p0, p1, p2);
    if (kind.valueType() == ValueType.REAL) {
      if (x instanceof RealValue r) {
        return realDensity(typed, r.value());
      }
      if (x instanceof IntValue i) {
        return realDensity(typed, i.value());
      }
    }
    if (kind.valueType() == ValueType.BOOL && x instanceof BoolValue b) {
      return boolDensity(typed, b.value());
    }
    return logDensity(kind, typed, java.util.Arrays.copyOf(new double[] {p0, p1, p2},
        kind.arity()), x);
  }

  @SuppressWarnings("unchecked")
  private static double boolDensity(Distribution<?> typed, boolean x) {
    return ((Distribution<Boolean>) typed).logDensity(x);
  }

  @SuppressWarnings("unchecked")
  private static double realDensity(Distribution<?> typed, double x) {
    return ((Distribution<Double>) typed).logDensity(x);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static double logDensity(Family kind, Distribution<?> typed,
      double[] params, Value x) {
    if (kind.valueType() == ValueType.REAL) {
      if (x instanceof RealValue r) {
        return ((Distribution<Double>) typed).logDensity(r.value());
      }
      if (x instanceof IntValue i) {
        return ((Distribution<Double>) typed).logDensity((double) i.value());
      }
    }
    List<Value> args = new ArrayList<>(params.length);
    for (double p : params) {
      args.add(new RealValue(p));
    }
    return new FamilyDistribution(kind, args, typed).logDensity(x);
  }

  /**
   * {@link #logDensity(Family, Value[], Value)} for an {@code observe}'s score: when
   * an argument or {@code x} carries a derivative, the log density's derivative is recorded
   * for gradient-based inference (see {@link #logDensityForScore(Value)}).
   */
  public static double logDensityForScore(Family kind, Value[] args, Value x) {
    if (AdArith.anyDeep(args) || AdArith.anyDeep(new Value[] {x})) {
      return of(kind, List.of(args)).logDensityForScore(x);
    }
    return logDensity(kind, args, x);
  }

  /**
   * The typed distribution. Its parameters were read from the arguments' values; when an
   * argument carries a derivative, asking for it tells a recording tape that the program now
   * depends on those values ({@link AdReal#value()}), since what follows may differ elsewhere.
   */
  @Override
  public Distribution<?> typed() {
    AdArith.observeDeep(args);
    return typed;
  }

  @Override
  public Value sample(Rng rng) {
    return toValue(typed().sample(rng));
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public double logDensity(Value x) {
    if (broadcastsOver(x)) {
      double total = 0.0;
      for (Value e : ((ArrayValue) x).elements()) {
        total += logDensity(e);
      }
      return total;
    }
    if (x instanceof RealValue r && kind.valueType() == ValueType.REAL && !isVectorised()) {
      return ((Distribution<Double>) typed()).logDensity(r.value());
    }
    Optional<Object> point = fromValue(x);
    if (point.isEmpty()) {
      return Double.NEGATIVE_INFINITY;
    }
    return ((Distribution) typed()).logDensity(point.get());
  }

  /** Whether the arguments denote a product over arrays (an array among them). */
  public boolean isVectorised() {
    return typed instanceof Product;
  }

  /** The length of a draw of a vectorised distribution (1 otherwise). */
  public int length() {
    return typed instanceof Product p ? p.length() : 1;
  }

  @Override
  public boolean hasDerivativeParameters() {
    return AdArith.anyDeep(args.toArray(new Value[0]));
  }

  /**
   * Whether {@code x} is an array observed from a univariate family with scalar arguments:
   * then the density is the product over its elements, as if the arguments were arrays of its
   * length (Stan's {@code ys ~ normal(mu, sigma)}).
   */
  boolean broadcastsOver(Value x) {
    return !isVectorised() && x instanceof ArrayValue && DistributionArgs.scalarParameters(kind);
  }

  @Override
  public AdReal logDensityAd(Value x) {
    if (isVectorised() || broadcastsOver(x)) {
      return VectorisedDensity.logDensity(this, x);
    }
    return AdArith.toAd(this).logDensity(AdArith.flatten(x, name()));
  }

  @Override
  public Support support() {
    return typed().support();
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public boolean inSupport(Value x) {
    Optional<Object> point = fromValue(x);
    return point.isPresent() && ((Distribution) typed()).inSupport(point.get());
  }

  @Override
  public String name() {
    return kind.languageName();
  }

  @Override
  public Optional<List<Value>> finiteSupport() {
    return typed().finiteSupport().map(xs -> {
      List<Value> out = new ArrayList<>(xs.size());
      for (Object x : xs) {
        out.add(toValue(x));
      }
      return List.copyOf(out);
    });
  }

  /** A typed draw as a value. */
  static Value toValue(Object x) {
    if (x instanceof Double d) {
      return new RealValue(d);
    }
    if (x instanceof Integer i) {
      return new IntValue(i);
    }
    if (x instanceof Long l) {
      return new IntValue(l);
    }
    if (x instanceof Boolean b) {
      return BoolValue.of(b);
    }
    if (x instanceof List<?> xs) {
      List<Value> out = new ArrayList<>(xs.size());
      for (Object v : xs) {
        out.add(toValue(v));
      }
      return new ArrayValue(out);
    }
    if (x instanceof double[] xs) {
      List<Value> out = new ArrayList<>(xs.length);
      for (double v : xs) {
        out.add(new RealValue(v));
      }
      return new ArrayValue(out);
    }
    throw new AssertionError("unexpected draw " + x);
  }

  /**
   * The value as a point of the typed distribution's space (a list for a vectorised one),
   * empty when it cannot lie in the support (a non-integral number for a count); a value of the
   * wrong kind altogether is an error naming the distribution.
   */
  private Optional<Object> fromValue(Value x) {
    if (isVectorised()) {
      List<Value> xs = observedElements(x);
      List<Object> out = new ArrayList<>(xs.size());
      for (Value v : xs) {
        Optional<Object> e = scalarPoint(v);
        if (e.isEmpty()) {
          return Optional.empty();
        }
        out.add(e.get());
      }
      return Optional.of(out);
    }
    return scalarPoint(x);
  }

  /**
   * The elements of {@code x}, observed from this vectorised distribution.
   *
   * @throws IllegalArgumentException naming both lengths when they differ, or when {@code x}
   *     is not an array
   */
  List<Value> observedElements(Value x) {
    if (!isVectorised() && x instanceof ArrayValue a) {
      return a.elements();
    }
    if (!(x instanceof ArrayValue a)) {
      throw new IllegalArgumentException("'" + kind.languageName() + "' with array arguments"
          + " is a distribution over arrays of length " + length() + ", so its density at "
          + article(x.typeName()) + " is undefined");
    }
    if (a.elements().size() != length()) {
      throw new IllegalArgumentException("'" + kind.languageName() + "' with array arguments"
          + " of length " + length() + " cannot give the density of an array of length "
          + a.elements().size());
    }
    return a.elements();
  }

  private Optional<Object> scalarPoint(Value x) {
    return switch (kind.valueType()) {
      case REAL -> Optional.of(DistributionArgs.real(x, kind.languageName(), "the observed value"));
      case INT -> integral(x);
      case BOOL -> {
        if (x instanceof BoolValue b) {
          yield Optional.of(b.value());
        }
        throw new IllegalArgumentException("'" + kind.languageName()
            + "' is a distribution over Bool, so its density at " + article(x.typeName())
            + " is undefined");
      }
      case REAL_ARRAY -> Optional.of(
          DistributionArgs.realArray(x, kind.languageName(), "the observed value"));
    };
  }

  private Optional<Object> integral(Value x) {
    if (x instanceof IntValue i) {
      return i.value() == (int) i.value() ? Optional.of((int) i.value()) : Optional.empty();
    }
    if (x instanceof RealValue r) {
      double v = r.value();
      return v == Math.rint(v) && Math.abs(v) < Integer.MAX_VALUE
          ? Optional.of((int) v) : Optional.empty();
    }
    throw new IllegalArgumentException("'" + kind.languageName()
        + "' is a distribution over Int, so its density at " + article(x.typeName())
        + " is undefined");
  }

  /** {@code "an Int"}, {@code "a Real"}: a type name with its indefinite article. */
  private static String article(String typeName) {
    return ("AEIOU".indexOf(typeName.charAt(0)) >= 0 ? "an " : "a ") + typeName;
  }
}
