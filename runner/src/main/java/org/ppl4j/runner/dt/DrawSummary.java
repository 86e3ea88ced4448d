package org.ppl4j.runner.dt;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ppl4j.inference.population.LogWeights;
import org.ppl4j.semantics.posterior.ChainDiagnostics;
import org.ppl4j.semantics.posterior.Leaf;
import org.ppl4j.semantics.posterior.Leaves;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.posterior.Summary;
import org.ppl4j.semantics.posterior.WeightedValues;
import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.Value;

/**
 * The summary of an amortised posterior's weighted draws of a real latent ({@code Real} or
 * {@code Real[]} results), read straight off the draws: per coordinate the weighted mean, sd
 * and quantiles (as {@link WeightedValues} defines them, by selection instead of a sort) and
 * Kish's ESS of the weights. It equals
 * {@link Posterior#summary(String)} for draws of a continuous proposal, which are distinct with
 * probability one (where the general summary first merges identical draws, a hash of every
 * draw that costs more than the correction itself in {@code ppl dt apply}). A posterior with
 * an ESS history (the tempered-SMC fallback's, whose resampled draws repeat) and any other
 * result get the general summary.
 */
final class DrawSummary {

  private DrawSummary() {}

  /** The summary of every leaf, named from {@code rootName}. */
  static Map<String, Summary> of(Posterior<Value> posterior, String rootName) {
    List<Value> values = posterior.draws().values();
    int dimension = posterior.diagnostics().essHistory().isEmpty() ? dimension(values.get(0))
        : -1;
    double[][] columns = new double[Math.max(dimension, 0)][values.size()];
    for (int i = 0; i < values.size() && dimension > 0; i++) {
      if (!read(values.get(i), i, columns)) {
        dimension = -1;
      }
    }
    if (dimension <= 0) {
      return posterior.summary(rootName);
    }
    double[] logWeights = posterior.draws().logWeights();
    double[] weights = new double[logWeights.length];
    double ess = normaliseByMax(logWeights, weights);
    OptionalDouble essOf = Double.isFinite(ess) && !posterior.diagnostics().exact()
        ? OptionalDouble.of(ess) : OptionalDouble.empty();
    List<Leaf> leaves = Leaves.flatten(rootName, values.get(0));
    Map<String, Summary> out = new LinkedHashMap<>();
    for (int j = 0; j < dimension; j++) {
      double[] x = columns[j];
      double mean = 0;
      for (int i = 0; i < x.length; i++) {
        mean += weights[i] * x[i];
      }
      double variance = 0;
      for (int i = 0; i < x.length; i++) {
        variance += weights[i] * (x[i] - mean) * (x[i] - mean);
      }
      double sd = Math.sqrt(variance);
      OptionalDouble mcse = essOf.isPresent() && ess > 0
          ? OptionalDouble.of(sd / Math.sqrt(ess)) : OptionalDouble.empty();
      double[] q = quantiles(x, weights, 0.05, 0.50, 0.95);
      out.put(leaves.get(j).name(), new Summary(Leaf.Kind.REAL, mean, sd, q[0], q[1], q[2],
          essOf, OptionalDouble.empty(),
          Optional.empty(), essOf, mcse));
    }
    return java.util.Collections.unmodifiableMap(out);
  }


  /**
   * Writes {@link LogWeights#normalisedByMax}'s weights into {@code out} and returns
   * {@link ChainDiagnostics#kishEss} of the same log weights, both to the last bit, from one
   * pass of exponentials (they are the same terms, summed in the same order).
   */
  static double normaliseByMax(double[] logWeights, double[] out) {
    double max = java.util.Arrays.stream(logWeights).max().orElse(Double.NEGATIVE_INFINITY);
    if (max == Double.NEGATIVE_INFINITY) {
      System.arraycopy(LogWeights.normalisedByMax(logWeights), 0, out, 0, out.length);
      return 0.0;
    }
    double total = 0;
    double sumSquares = 0;
    for (int i = 0; i < out.length; i++) {
      out[i] = Math.exp(logWeights[i] - max);
      total += out[i];
      sumSquares += out[i] * out[i];
    }
    for (int i = 0; i < out.length; i++) {
      out[i] /= total;
    }
    return total * total / sumSquares;
  }

  /**
   * The {@code p}-quantile as {@link WeightedValues#quantile} defines it, the smallest draw
   * whose cumulative weight reaches {@code p}, found by a weighted three-way selection (Hoare's,
   * expected linear time) instead of a sort.
   */
  static double quantile(double[] x, double[] w, double p) {
    return select(x.clone(), w.clone(), p);
  }

  /**
   * {@link #quantile} at each of {@code ps}, on one pair of working copies: a quantile does not
   * depend on the draws' order, so each selection starts from the partial order the previous one
   * left.
   */
  static double[] quantiles(double[] x, double[] w, double... ps) {
    double[] values = x.clone();
    double[] weights = w.clone();
    double[] out = new double[ps.length];
    for (int k = 0; k < ps.length; k++) {
      out[k] = select(values, weights, ps[k]);
    }
    return out;
  }

  /** {@link #quantile} on working copies that it permutes. */
  private static double select(double[] values, double[] weights, double p) {
    double target = p * (1.0 - 1e-12);
    int lo = 0;
    int hi = values.length;
    double below = 0; // the weight of every draw left of [lo, hi)
    while (hi - lo > 0) {
      double pivot = values[lo + (hi - lo) / 2];
      int lt = lo;
      int gt = hi;
      int i = lo;
      double less = 0;
      double equal = 0;
      while (i < gt) {
        int c = Double.compare(values[i], pivot);
        if (c < 0) {
          less += weights[i];
          swap(values, weights, lt++, i++);
        } else if (c > 0) {
          swap(values, weights, i, --gt);
        } else {
          equal += weights[i++];
        }
      }
      if (below + less >= target && hasPositive(weights, lo, lt)) {
        hi = lt;
      } else if (below + less + equal >= target && equal > 0) {
        return pivot;
      } else {
        below += less + equal;
        lo = gt;
      }
    }
    double largest = values[0];
    for (double v : values) {
      largest = Double.compare(v, largest) > 0 ? v : largest;
    }
    return largest;
  }

  private static boolean hasPositive(double[] w, int from, int to) {
    for (int k = from; k < to; k++) {
      if (w[k] > 0) {
        return true;
      }
    }
    return false;
  }

  private static void swap(double[] v, double[] w, int i, int j) {
    double t = v[i];
    v[i] = v[j];
    v[j] = t;
    t = w[i];
    w[i] = w[j];
    w[j] = t;
  }

  /** The number of reals of a latent result, or -1 for another shape. */
  private static int dimension(Value v) {
    if (v instanceof RealValue) {
      return 1;
    }
    if (v instanceof ArrayValue a && !a.elements().isEmpty()
        && a.elements().stream().allMatch(e -> e instanceof RealValue)) {
      return a.elements().size();
    }
    return -1;
  }

  private static boolean read(Value v, int i, double[][] columns) {
    if (v instanceof RealValue r && columns.length == 1) {
      columns[0][i] = r.value();
      return Double.isFinite(r.value());
    }
    if (!(v instanceof ArrayValue a) || a.elements().size() != columns.length) {
      return false;
    }
    for (int j = 0; j < columns.length; j++) {
      if (!(a.elements().get(j) instanceof RealValue r) || !Double.isFinite(r.value())) {
        return false;
      }
      columns[j][i] = r.value();
    }
    return true;
  }
}
