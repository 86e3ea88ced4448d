package org.ppl4j.semantics.value;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ppl4j.semantics.ad.AdMath;
import org.ppl4j.semantics.ad.AdReal;
import org.ppl4j.semantics.dist.Distribution;
import org.ppl4j.semantics.dist.Support;
import org.ppl4j.semantics.random.Rng;

/**
 * The finite mixture {@code mixture(ws, ds)} of LANGUAGE.md §9.2: with probability
 * {@code w_k / Σ w} a draw from {@code ds[k]}. Its density is {@code Σ_k w_k p_k(x) / Σ w},
 * computed as {@code logSumExp_k(log w_k + log p_k(x)) - log Σ w} so that it neither underflows
 * nor overflows. When a weight or a component's parameter carries a derivative
 * ({@link AdRealValue}), the log density carries the exact derivative (the log-sum-exp is one
 * n-ary node of the tape), so gradient-based inference fits weights and component parameters.
 *
 * <p>Every component is over one kind of value ({@code Real}, {@code Int}, {@code Bool} or
 * {@code Real[]}); the supports may otherwise differ (a normal and a gamma component).
 *
 * @param weights the unnormalised weights, numbers {@code >= 0} with a positive sum
 * @param components the component distributions, {@code components.size() == weights.size()}
 */
public record MixtureDistribution(List<Value> weights, List<Distribution<Value>> components)
    implements ComputedDistribution {

  /** Copies the lists; {@link #of} validates. */
  public MixtureDistribution {
    weights = List.copyOf(weights);
    components = List.copyOf(components);
  }

  /**
   * The mixture of {@code components} with weights {@code weights}.
   *
   * @param weights numbers {@code >= 0}, finite, with a positive sum
   * @param components distribution values ({@link DistributionValue}s) over one kind of value
   * @throws IllegalArgumentException naming the fault: lengths that differ (both named), an
   *     empty mixture, a weight that is not a number or is negative or not finite, weights
   *     summing to 0, a component that is not a distribution, components over different kinds
   */
  public static MixtureDistribution of(List<Value> weights, List<Value> components) {
    if (weights.size() != components.size()) {
      throw new IllegalArgumentException("'mixture' needs one weight per component: "
          + weights.size() + " weight" + (weights.size() == 1 ? "" : "s") + " but "
          + components.size() + " component" + (components.size() == 1 ? "" : "s"));
    }
    if (weights.isEmpty()) {
      throw new IllegalArgumentException("'mixture' needs at least one component");
    }
    double total = 0;
    for (int k = 0; k < weights.size(); k++) {
      Value w = weights.get(k);
      if (!Arith.isNumber(w)) {
        throw new IllegalArgumentException("'mixture': weight " + k + " must be a number, got "
            + w.typeName());
      }
      double v = Arith.toDouble(w);
      if (!(v >= 0) || Double.isInfinite(v)) {
        throw new IllegalArgumentException("'mixture': weight " + k
            + " must be finite and >= 0, got " + v);
      }
      total += v;
    }
    if (!(total > 0)) {
      throw new IllegalArgumentException("'mixture': the weights sum to 0");
    }
    List<Distribution<Value>> ds = new ArrayList<>(components.size());
    for (int k = 0; k < components.size(); k++) {
      Value c = components.get(k);
      if (!(c instanceof DistributionValue dv)) {
        throw new IllegalArgumentException("'mixture': component " + k
            + " must be a distribution, got " + c.typeName());
      }
      @SuppressWarnings("unchecked")
      Distribution<Value> d = (Distribution<Value>) dv.distribution();
      ds.add(d);
    }
    String kind = kindOf(ds.get(0));
    for (int k = 1; k < ds.size(); k++) {
      String other = kindOf(ds.get(k));
      if (!other.equals(kind)) {
        throw new IllegalArgumentException("'mixture' needs components of one support: component"
            + " 0 (" + ds.get(0).name() + ") is over " + kind + " but component " + k + " ("
            + ds.get(k).name() + ") is over " + other);
      }
    }
    return new MixtureDistribution(weights, ds);
  }

  /** The kind of value a distribution is over: {@code Real}, {@code Int}, {@code Bool}, {@code Real[]}. */
  static String kindOf(Distribution<?> d) {
    Support s = d.support();
    if (s instanceof Support.Booleans) {
      return "Bool";
    }
    if (s instanceof Support.Integers) {
      return "Int";
    }
    if (s instanceof Support.Simplex || s instanceof Support.RealVector) {
      return "Real[]";
    }
    return "Real";
  }

  @Override
  public Value sample(Rng rng) {
    double[] w = plainWeights();
    double u = rng.nextDouble();
    int k = 0;
    double cumulative = w[0];
    while (u >= cumulative && k < w.length - 1) {
      k++;
      cumulative += w[k];
    }
    return components.get(k).sample(rng);
  }

  /** The normalised weights as plain numbers. */
  private double[] plainWeights() {
    double[] w = new double[weights.size()];
    double total = 0;
    for (int k = 0; k < w.length; k++) {
      w[k] = Arith.toDouble(weights.get(k));
      total += w[k];
    }
    for (int k = 0; k < w.length; k++) {
      w[k] /= total;
    }
    return w;
  }

  @Override
  public double logDensity(Value x) {
    return Arith.toDouble(logDensityValue(x));
  }

  @Override
  public Value logDensityValue(Value x) {
    int n = components.size();
    Value[] terms = new Value[n];
    boolean differentiable = AdArith.anyIn(weights);
    for (int k = 0; k < n; k++) {
      terms[k] = componentLogDensity(components.get(k), x);
      differentiable |= terms[k] instanceof AdRealValue;
    }
    return differentiable ? adLogDensity(terms) : new RealValue(plainLogDensity(terms));
  }

  private double plainLogDensity(Value[] terms) {
    double[] w = plainWeights();
    double max = Double.NEGATIVE_INFINITY;
    double[] t = new double[terms.length];
    for (int k = 0; k < t.length; k++) {
      t[k] = w[k] == 0 ? Double.NEGATIVE_INFINITY : Math.log(w[k]) + Arith.toDouble(terms[k]);
      max = Math.max(max, t[k]);
    }
    if (max == Double.NEGATIVE_INFINITY || max == Double.POSITIVE_INFINITY) {
      return max;
    }
    double sum = 0;
    for (double tk : t) {
      sum += Math.exp(tk - max);
    }
    return max + Math.log(sum);
  }

  private Value adLogDensity(Value[] terms) {
    AdReal[] w = new AdReal[terms.length];
    for (int k = 0; k < w.length; k++) {
      w[k] = AdArith.number(weights.get(k), "mixture");
    }
    AdReal logTotal = AdMath.log(AdMath.sum(w));
    List<AdReal> t = new ArrayList<>(terms.length);
    for (int k = 0; k < terms.length; k++) {
      if (w[k].value() > 0) {
        t.add(AdMath.log(w[k]).plus(AdArith.number(terms[k], "mixture")));
      }
    }
    return AdArith.of(AdMath.logSumExp(t.toArray(new AdReal[0])).minus(logTotal));
  }

  /** A component's log density at {@code x}, with its derivative when it has one. */
  static Value componentLogDensity(Distribution<Value> d, Value x) {
    if (d instanceof ValueDistribution vd) {
      return vd.logDensityValue(x);
    }
    if (d instanceof ComputedDistribution c) {
      return c.logDensityValue(x);
    }
    return new RealValue(d.logDensity(x));
  }

  @Override
  public Support support() {
    Support first = components.get(0).support();
    boolean same = components.stream().allMatch(d -> d.support().equals(first));
    if (same) {
      return first;
    }
    if (first instanceof Support.Integers) {
      long lo = Long.MAX_VALUE;
      long hi = Long.MIN_VALUE;
      for (Distribution<Value> d : components) {
        Support.Integers s = (Support.Integers) d.support();
        lo = Math.min(lo, s.lower());
        hi = Math.max(hi, s.upper());
      }
      return new Support.Integers(lo, hi);
    }
    return first instanceof Support.Booleans ? first : new Support.RealLine();
  }

  @Override
  public boolean inSupport(Value x) {
    return components.stream().anyMatch(d -> d.inSupport(x));
  }

  @Override
  public String name() {
    return "mixture";
  }

  @Override
  public String describe() {
    return "mixture of " + components.size() + " components";
  }

  @Override
  public Optional<List<Value>> finiteSupport() {
    Set<Value> all = new LinkedHashSet<>();
    for (Distribution<Value> d : components) {
      Optional<List<Value>> xs = d.finiteSupport();
      if (xs.isEmpty()) {
        return Optional.empty();
      }
      all.addAll(xs.get());
    }
    return Optional.of(List.copyOf(all));
  }
}
