package org.ppl4j.inference.loo;

import java.util.List;
import java.util.Objects;

/**
 * The pointwise log-likelihood matrix of a posterior: for each of S draws {@code θ_s} and each
 * of n observed elements {@code y_i}, {@code log p(y_i | θ_s)} (what Stan programs compute as
 * {@code log_lik} and R's {@code loo} takes as an S × n matrix). The draws must be equally
 * weighted draws from the posterior (MCMC), as PSIS-LOO and WAIC assume.
 *
 * @param names the observed elements' names, n &gt;= 1 ({@code y[0]}, {@code y[1]}, ...)
 * @param values S &gt;= 2 rows of n values each; no NaN, no {@code +inf}
 */
public record PointwiseLogLikelihood(List<String> names, double[][] values) {

  /** Validates the shape and copies the rows. */
  public PointwiseLogLikelihood {
    names = List.copyOf(names);
    Objects.requireNonNull(values, "values");
    if (names.isEmpty()) {
      throw new IllegalArgumentException("no observed element");
    }
    if (values.length < 2) {
      throw new IllegalArgumentException("at least 2 draws are needed, got " + values.length);
    }
    double[][] copy = new double[values.length][];
    for (int s = 0; s < values.length; s++) {
      if (values[s].length != names.size()) {
        throw new IllegalArgumentException("draw " + s + " has " + values[s].length
            + " log-likelihoods for " + names.size() + " elements");
      }
      for (double v : values[s]) {
        if (Double.isNaN(v) || v == Double.POSITIVE_INFINITY) {
          throw new IllegalArgumentException("a log-likelihood is " + v);
        }
      }
      copy[s] = values[s].clone();
    }
    values = copy;
  }

  /** The number of draws S. */
  public int draws() {
    return values.length;
  }

  /** The number of observed elements n. */
  public int elements() {
    return names.size();
  }

  /** The S log-likelihoods of element {@code i}, one per draw. */
  public double[] column(int i) {
    double[] out = new double[values.length];
    for (int s = 0; s < values.length; s++) {
      out[s] = values[s][i];
    }
    return out;
  }

  /** Row {@code s}: the n log-likelihoods of draw {@code s} (a copy). */
  public double[] row(int s) {
    return values[s].clone();
  }

  /** The matrix (a copy). */
  @Override
  public double[][] values() {
    double[][] copy = new double[values.length][];
    for (int s = 0; s < values.length; s++) {
      copy[s] = values[s].clone();
    }
    return copy;
  }
}
