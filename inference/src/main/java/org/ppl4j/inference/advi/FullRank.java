package org.ppl4j.inference.advi;

import java.util.Arrays;

/**
 * The full-rank Gaussian {@code N(mu, L L^T)} (Kucukelbir et al. 2017, §2.5):
 * {@code zeta = mu + L eps} with {@code L} lower triangular, its diagonal unconstrained in sign
 * (as Stan's {@code normal_fullrank}; {@code |det L|} enters the entropy). {@code L} is stored
 * row by row, entry (i, j), j &lt;= i, at {@code i(i+1)/2 + j}. Parameters laid out as
 * {@code mu} then the packed {@code L}.
 *
 * @param mu the mean, length d &gt;= 1
 * @param lower the packed lower triangle of L, length d(d+1)/2
 */
public record FullRank(double[] mu, double[] lower) implements Approximation {

  /** Copies both arrays; {@code lower} must hold d(d+1)/2 entries. */
  public FullRank {
    int d = mu.length;
    if (d < 1 || lower.length != d * (d + 1) / 2) {
      throw new IllegalArgumentException("full-rank: mu needs length d >= 1 and L d(d+1)/2"
          + " entries, got " + d + " and " + lower.length);
    }
    mu = mu.clone();
    lower = lower.clone();
  }

  /** {@code N(mu, I)}: Stan's initial full-rank approximation. */
  public static FullRank standard(double[] mu) {
    double[] lower = new double[mu.length * (mu.length + 1) / 2];
    for (int i = 0; i < mu.length; i++) {
      lower[at(i, i)] = 1;
    }
    return new FullRank(mu, lower);
  }

  /** The index of L's entry (i, j), j &lt;= i, in the packed lower triangle. */
  static int at(int i, int j) {
    return i * (i + 1) / 2 + j;
  }

  /** L's entry (i, j); 0 above the diagonal. */
  public double cholesky(int i, int j) {
    return j > i ? 0 : lower[at(i, j)];
  }

  /** The covariance {@code (L L^T)_{ij}}. */
  public double covariance(int i, int j) {
    double sum = 0;
    for (int k = 0; k <= Math.min(i, j); k++) {
      sum += lower[at(i, k)] * lower[at(j, k)];
    }
    return sum;
  }

  @Override
  public double[] mu() {
    return mu.clone();
  }

  /** The scale's parameters, {@code lower} (a copy). */
  @Override
  public double[] scaleParameters() {
    return lower();
  }

  @Override
  public double[] lower() {
    return lower.clone();
  }

  @Override
  public int dimension() {
    return mu.length;
  }

  @Override
  public Family family() {
    return Family.FULLRANK;
  }

  @Override
  public double[] transform(double[] eps) {
    double[] zeta = mu.clone();
    for (int i = 0; i < zeta.length; i++) {
      for (int j = 0; j <= i; j++) {
        zeta[i] += lower[at(i, j)] * eps[j];
      }
    }
    return zeta;
  }

  @Override
  public void addReparameterisedGradient(double[] eps, double[] gradient, double[] out) {
    int d = mu.length;
    for (int i = 0; i < d; i++) {
      out[i] += gradient[i];
      for (int j = 0; j <= i; j++) {
        out[d + at(i, j)] += gradient[i] * eps[j];
      }
    }
  }

  @Override
  public void addEntropyGradient(double[] out) {
    for (int i = 0; i < mu.length; i++) {
      out[mu.length + at(i, i)] += 1 / lower[at(i, i)];
    }
  }

  @Override
  public double entropy() {
    double sum = 0;
    for (int i = 0; i < mu.length; i++) {
      sum += Math.log(Math.abs(lower[at(i, i)]));
    }
    return sum + Approximation.standardEntropy(mu.length);
  }

  @Override
  public double logDensity(double[] zeta) {
    // forward substitution: L e = zeta - mu
    int d = mu.length;
    double[] e = new double[d];
    double sum = 0;
    for (int i = 0; i < d; i++) {
      double r = zeta[i] - mu[i];
      for (int j = 0; j < i; j++) {
        r -= lower[at(i, j)] * e[j];
      }
      e[i] = r / lower[at(i, i)];
      sum += -0.5 * e[i] * e[i] - Math.log(Math.abs(lower[at(i, i)]));
    }
    return sum - 0.5 * d * Math.log(2 * Math.PI);
  }

  @Override
  public boolean equals(Object o) {
    return Approximation.equal(this, o);
  }

  @Override
  public int hashCode() {
    return Approximation.hash(this);
  }

  @Override
  public String toString() {
    return "FullRank[mu=" + Arrays.toString(mu) + ", L=" + Arrays.toString(lower) + "]";
  }
}
