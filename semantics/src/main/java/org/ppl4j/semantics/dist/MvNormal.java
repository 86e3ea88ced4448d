package org.ppl4j.semantics.dist;

import java.util.Arrays;
import org.ppl4j.semantics.math.Cholesky;
import org.ppl4j.semantics.math.SpecialFunctions;
import org.ppl4j.semantics.random.Rng;

/**
 * The multivariate normal distribution {@code mv_normal(mean, cov)} on real vectors of length
 * d. The covariance is held with its Cholesky factor {@code L} ({@code cov = L L^T}).
 *
 * @param meanVector the mean (the language's {@code mean}), finite entries; the accessor
 *     returns a copy
 * @param cov the covariance and its factor; a d x d symmetric positive-definite matrix
 */
public record MvNormal(double[] meanVector, Cholesky cov) implements Distribution<double[]> {
  /** Validates the parameters (the mean is copied); see {@link Distributions#mvNormal}. */
  public MvNormal {
    Parameters.length("mv_normal", "mean", meanVector.length, 1);
    meanVector = meanVector.clone();
    for (int i = 0; i < meanVector.length; i++) {
      if (!Double.isFinite(meanVector[i])) {
        throw Parameters.error("mv_normal", "mean", "finite in every entry",
            meanVector[i] + " at index " + i);
      }
    }
    if (cov.dimension() != meanVector.length) {
      throw Parameters.error("mv_normal", "cov", "a " + meanVector.length + " x "
          + meanVector.length + " matrix to match 'mean'", "a " + cov.dimension() + " x "
          + cov.dimension() + " matrix");
    }
  }

  /** A copy of the mean. */
  @Override
  public double[] meanVector() {
    return meanVector.clone();
  }

  /** The dimension d. */
  public int dimension() {
    return meanVector.length;
  }

  /** {@code mean + L z}, z a vector of independent standard normal draws. */
  @Override
  public double[] sample(Rng rng) {
    double[] z = new double[meanVector.length];
    for (int i = 0; i < z.length; i++) {
      z[i] = rng.nextGaussian();
    }
    double[] x = cov.multiplyLower(z);
    for (int i = 0; i < x.length; i++) {
      x[i] += meanVector[i];
    }
    return x;
  }

  /**
   * {@code -d log sqrt(2 pi) - log det(cov) / 2 - |L^-1 (x - mean)|^2 / 2}.
   */
  @Override
  public double logDensity(double[] x) {
    if (!inSupport(x)) {
      return Double.NEGATIVE_INFINITY;
    }
    double[] centred = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      centred[i] = x[i] - meanVector[i];
    }
    double[] whitened = cov.solveLower(centred);
    double squaredNorm = 0;
    for (double w : whitened) {
      squaredNorm += w * w;
    }
    return -0.5 * squaredNorm - 0.5 * cov.logDeterminant()
        - x.length * SpecialFunctions.LOG_SQRT_2PI;
  }

  /** Whether {@code x} has length d and finite entries. */
  @Override
  public boolean inSupport(double[] x) {
    if (x.length != meanVector.length) {
      return false;
    }
    for (double xi : x) {
      if (!Double.isFinite(xi)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public Support support() {
    return new Support.RealVector(meanVector.length);
  }

  @Override
  public String name() {
    return "mv_normal";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MvNormal m && Arrays.equals(meanVector, m.meanVector)
        && cov.equals(m.cov);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(meanVector) + cov.hashCode();
  }

  @Override
  public String toString() {
    return "mv_normal(" + Arrays.toString(meanVector) + ", " + cov + ")";
  }
}
