package org.ppl4j.inference.advi;

import java.util.Arrays;

/**
 * The mean-field Gaussian {@code N(mu, diag(exp(omega))^2)} (Kucukelbir et al. 2017, §2.5):
 * {@code zeta_i = mu_i + exp(omega_i) eps_i}, with the log standard deviations {@code omega}
 * unconstrained. Parameters laid out as {@code mu} then {@code omega}.
 *
 * @param mu the mean, length d &gt;= 1, finite or not (an optimiser checks)
 * @param omega the log standard deviations, length d
 */
public record MeanField(double[] mu, double[] omega) implements Approximation {

  /** Copies both arrays; they must have the same length, at least 1. */
  public MeanField {
    if (mu.length < 1 || omega.length != mu.length) {
      throw new IllegalArgumentException("mean-field: mu and omega need the same length >= 1, got "
          + mu.length + " and " + omega.length);
    }
    mu = mu.clone();
    omega = omega.clone();
  }

  /** {@code N(mu, I)}: Stan's initial mean-field approximation. */
  public static MeanField standard(double[] mu) {
    return new MeanField(mu, new double[mu.length]);
  }

  @Override
  public double[] mu() {
    return mu.clone();
  }

  /** The scale's parameters, {@code omega} (a copy). */
  @Override
  public double[] scaleParameters() {
    return omega();
  }

  @Override
  public double[] omega() {
    return omega.clone();
  }

  @Override
  public int dimension() {
    return mu.length;
  }

  @Override
  public Family family() {
    return Family.MEANFIELD;
  }

  @Override
  public double[] transform(double[] eps) {
    double[] zeta = new double[mu.length];
    for (int i = 0; i < zeta.length; i++) {
      zeta[i] = mu[i] + Math.exp(omega[i]) * eps[i];
    }
    return zeta;
  }

  @Override
  public void addReparameterisedGradient(double[] eps, double[] gradient, double[] out) {
    int d = mu.length;
    for (int i = 0; i < d; i++) {
      out[i] += gradient[i];
      out[d + i] += gradient[i] * eps[i] * Math.exp(omega[i]);
    }
  }

  @Override
  public void addEntropyGradient(double[] out) {
    for (int i = 0; i < mu.length; i++) {
      out[mu.length + i] += 1;
    }
  }

  @Override
  public double entropy() {
    double sum = 0;
    for (double w : omega) {
      sum += w;
    }
    return sum + Approximation.standardEntropy(mu.length);
  }

  @Override
  public double logDensity(double[] zeta) {
    double sum = 0;
    for (int i = 0; i < mu.length; i++) {
      double e = (zeta[i] - mu[i]) * Math.exp(-omega[i]);
      sum += -0.5 * e * e - omega[i];
    }
    return sum - 0.5 * mu.length * Math.log(2 * Math.PI);
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
    return "MeanField[mu=" + Arrays.toString(mu) + ", omega=" + Arrays.toString(omega) + "]";
  }
}
