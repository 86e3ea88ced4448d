package org.ppl4j.semantics.nested;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ppl4j.semantics.ad.AdMath;
import org.ppl4j.semantics.ad.AdReal;
import org.ppl4j.semantics.dist.Support;
import org.ppl4j.semantics.posterior.Empirical;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.AdArith;
import org.ppl4j.semantics.value.BoolValue;
import org.ppl4j.semantics.value.ComputedDistribution;
import org.ppl4j.semantics.value.IntValue;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.Value;

/**
 * The distribution {@code infer(f, options)} of LANGUAGE.md §9.3: the normalised posterior of
 * an inner model over its results, as a finite table of distinct values and their log
 * probabilities (exact under enumeration, the merged empirical weights of the draws otherwise),
 * with the inner model's log evidence. A value outside the table has probability 0.
 *
 * <p>Each log probability and the log evidence are {@link AdReal}s: constants, or nodes of the
 * outer run's tape when the inner model's parameters carry derivatives, so that an
 * {@code observe v ~ infer(f)} under gradient-based inference has its exact gradient.
 *
 * @param method the inner method's name
 * @param values the distinct results, in the order first reached
 * @param logProbabilities their normalised log probabilities, all finite
 * @param logEvidence the log of the inner model's total weight (estimated unless exact)
 */
public record InferDistribution(String method, List<Value> values, AdReal[] logProbabilities,
    AdReal logEvidence) implements ComputedDistribution {

  /** Copies the table; {@link #normalise} builds it. */
  public InferDistribution {
    values = List.copyOf(values);
    logProbabilities = logProbabilities.clone();
    if (values.size() != logProbabilities.length || values.isEmpty()) {
      throw new AssertionError("an inferred distribution needs one probability per value");
    }
  }

  /**
   * The distribution of results {@code results} with unnormalised log masses {@code logMass}
   * (equal results merged by adding their masses, results of mass 0 dropped).
   *
   * @param logEvidenceOffset added to the log of the total mass to give the log evidence (0 for
   *     an exact method; {@code -log n} for the mean weight of n draws)
   * @throws IllegalArgumentException when every mass is 0 (the inner model's conditions can
   *     never all hold)
   */
  public static InferDistribution normalise(String method, List<Value> results,
      List<AdReal> logMass, double logEvidenceOffset) {
    Map<Value, List<AdReal>> merged = new LinkedHashMap<>();
    for (int i = 0; i < results.size(); i++) {
      AdReal m = logMass.get(i);
      if (m.value() > Double.NEGATIVE_INFINITY) {
        merged.computeIfAbsent(results.get(i), v -> new ArrayList<>()).add(m);
      }
    }
    if (merged.isEmpty()) {
      throw new IllegalArgumentException("the inner model of 'infer' has zero total weight"
          + " (method '" + method + "'): its conditions never held in any execution it ran");
    }
    List<Value> values = new ArrayList<>(merged.keySet());
    AdReal[] mass = new AdReal[values.size()];
    for (int i = 0; i < mass.length; i++) {
      mass[i] = AdMath.logSumExp(merged.get(values.get(i)).toArray(new AdReal[0]));
    }
    AdReal total = AdMath.logSumExp(mass);
    AdReal[] logProbabilities = new AdReal[mass.length];
    for (int i = 0; i < mass.length; i++) {
      logProbabilities[i] = mass[i].minus(total);
    }
    return new InferDistribution(method, values, logProbabilities,
        total.plus(logEvidenceOffset));
  }

  /**
   * The distribution of weighted draws {@code draws} (equal draws merged), whose log evidence
   * is the method's own estimate {@code draws.logEvidence()}.
   *
   * @throws IllegalArgumentException when every draw has weight 0
   */
  public static InferDistribution fromDraws(String method, Empirical<Value> draws) {
    List<AdReal> mass = new ArrayList<>(draws.size());
    for (double w : draws.logWeights()) {
      mass.add(AdReal.constant(w));
    }
    InferDistribution table = normalise(method, draws.values(), mass,
        -Math.log(draws.size()));
    return draws.logEvidence().isPresent()
        ? new InferDistribution(method, table.values, table.logProbabilities,
            AdReal.constant(draws.logEvidence().getAsDouble()))
        : table;
  }

  /** The log evidence as a value (a {@code Real}, with its derivative when it has one). */
  public Value logEvidenceValue() {
    return AdArith.of(logEvidence);
  }

  @Override
  public Value sample(Rng rng) {
    double u = rng.nextDouble();
    double cumulative = 0;
    for (int i = 0; i < values.size() - 1; i++) {
      cumulative += Math.exp(logProbabilities[i].value());
      if (u < cumulative) {
        return values.get(i);
      }
    }
    return values.get(values.size() - 1);
  }

  @Override
  public double logDensity(Value x) {
    int i = indexOf(x);
    return i < 0 ? Double.NEGATIVE_INFINITY : logProbabilities[i].value();
  }

  @Override
  public Value logDensityValue(Value x) {
    int i = indexOf(x);
    return i < 0 ? new RealValue(Double.NEGATIVE_INFINITY) : AdArith.of(logProbabilities[i]);
  }

  /** The position of {@code x} in the table ({@code 3} and {@code 3.0} are the same), or -1. */
  private int indexOf(Value x) {
    int i = values.indexOf(x);
    if (i < 0 && x instanceof IntValue n) {
      i = values.indexOf(new RealValue(n.value()));
    } else if (i < 0 && x instanceof RealValue r && r.value() == Math.rint(r.value())
        && Math.abs(r.value()) < 9e15) {
      i = values.indexOf(new IntValue((long) r.value()));
    }
    return i;
  }

  /**
   * Booleans or the integers between the least and greatest result when every result is a
   * Bool or every one an Int; otherwise (reals, arrays, records) a discrete set, described to
   * inference as the integers {@code 0..n-1} (so that kernels treat the choice as discrete and
   * propose from {@link #finiteSupport()}, never by a random walk).
   */
  @Override
  public Support support() {
    if (values.stream().allMatch(v -> v instanceof BoolValue)) {
      return new Support.Booleans();
    }
    if (values.stream().allMatch(v -> v instanceof IntValue)) {
      long lo = values.stream().mapToLong(v -> ((IntValue) v).value()).min().orElseThrow();
      long hi = values.stream().mapToLong(v -> ((IntValue) v).value()).max().orElseThrow();
      return new Support.Integers(lo, hi);
    }
    return new Support.Integers(0, values.size() - 1);
  }

  @Override
  public boolean inSupport(Value x) {
    return indexOf(x) >= 0;
  }

  @Override
  public String name() {
    return "infer";
  }

  @Override
  public String describe() {
    return "infer (method '" + method + "', " + values.size() + " value"
        + (values.size() == 1 ? "" : "s") + ")";
  }

  @Override
  public Optional<List<Value>> finiteSupport() {
    return Optional.of(values);
  }

  @Override
  public boolean equals(Object o) {
    return this == o;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
