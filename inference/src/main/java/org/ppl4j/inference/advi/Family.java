package org.ppl4j.inference.advi;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The Gaussian family ADVI fits on the unconstrained space (Kucukelbir et al. 2017, §2.5):
 * mean-field (independent coordinates, 2d parameters) or full-rank (a Cholesky factor,
 * d + d(d+1)/2 parameters, which captures posterior correlations).
 */
public enum Family {
  /** {@code N(mu, diag(exp(omega))^2)}: {@link MeanField}. */
  MEANFIELD,
  /** {@code N(mu, L L^T)} with lower-triangular {@code L}: {@link FullRank}. */
  FULLRANK;

  /** The name used on the command line: {@code meanfield}, {@code fullrank}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The family labelled {@code label} (any case), if any. */
  public static Optional<Family> named(String label) {
    String lower = label.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.label().equals(lower)).findFirst();
  }

  /** The approximation of this family with mean {@code mu} and scale parameters {@code scale}. */
  public Approximation of(double[] mu, double[] scale) {
    return this == MEANFIELD ? new MeanField(mu, scale) : new FullRank(mu, scale);
  }

  /** The initial approximation of this family: mean {@code mu}, unit covariance. */
  public Approximation initial(double[] mu) {
    return this == MEANFIELD ? MeanField.standard(mu) : FullRank.standard(mu);
  }
}
