package org.ppl4j.semantics.dist;

import static org.ppl4j.semantics.dist.FamilyDescription.parameter;
import static org.ppl4j.semantics.math.DoubleNum.real;

import java.util.Arrays;
import java.util.List;
import org.ppl4j.semantics.math.Cholesky;
import org.ppl4j.semantics.math.DoubleNum;
import org.ppl4j.semantics.math.Num;
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
  /** The family mv_normal: its parameters, constructor and log density. */
  public static final FamilyDescription FAMILY = new FamilyDescription(
      "mv_normal", ValueType.REAL_ARRAY,
      List.of(parameter("mean", Domain.VECTOR), parameter("cov", Domain.COVARIANCE)),
      a -> Distributions.mvNormal(a.reals(0), a.matrix(1)),
      (n, x, p) -> {
        long[] mean = p.get(0);
        return MvNormal.logDensity(n, x, mean, lowerFactor(n, p.get(1), mean.length));
      });

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
    double[][] lower = cov.lower();
    double[] flat = new double[x.length * x.length];
    for (int i = 0; i < x.length; i++) {
      System.arraycopy(lower[i], 0, flat, i * x.length, x.length);
    }
    return real(logDensity(DoubleNum.INSTANCE, DoubleNum.nums(x), DoubleNum.nums(meanVector),
        DoubleNum.nums(flat)));
  }

  /**
   * The log density written once over any {@link Num}, given the lower Cholesky factor of the
   * covariance flattened row by row (as {@link Cholesky#solveLower} and
   * {@link Cholesky#logDeterminant}, operation for operation).
   */
  public static long logDensity(Num n, long[] x, long[] mean, long[] lower) {
    int d = mean.length;
    for (long xi : x) {
      if (!Double.isFinite(n.value(xi))) {
        return n.constant(Double.NEGATIVE_INFINITY);
      }
    }
    long squaredNorm = n.constant(0);
    long sumLogDiagonal = n.constant(0);
    long[] whitened = Arrays.copyOf(x, d);
    for (int i = 0; i < d; i++) {
      long sum = n.sub(x[i], mean[i]);
      for (int k = 0; k < i; k++) {
        sum = n.sub(sum, n.mul(lower[i * d + k], whitened[k]));
      }
      whitened[i] = n.div(sum, lower[i * d + i]);
      squaredNorm = n.add(squaredNorm, n.mul(whitened[i], whitened[i]));
      sumLogDiagonal = n.add(sumLogDiagonal, n.log(lower[i * d + i]));
    }
    return n.plus(n.sub(n.times(squaredNorm, -0.5), n.times(n.times(sumLogDiagonal, 2), 0.5)),
        -(d * SpecialFunctions.LOG_SQRT_2PI));
  }

  /**
   * The lower Cholesky factor of the symmetric positive-definite {@code cov} (d x d, row-major)
   * over any {@link Num}, row-major, as {@link Cholesky#of} computes it.
   */
  static long[] lowerFactor(Num n, long[] cov, int d) {
    long[] l = Arrays.copyOf(cov, d * d);
    for (int i = 0; i < d; i++) {
      for (int j = 0; j <= i; j++) {
        long sum = cov[i * d + j];
        for (int k = 0; k < j; k++) {
          sum = n.sub(sum, n.mul(l[i * d + k], l[j * d + k]));
        }
        l[i * d + j] = i == j ? n.sqrt(sum) : n.div(sum, l[j * d + j]);
      }
      for (int j = i + 1; j < d; j++) {
        l[i * d + j] = n.constant(0);
      }
    }
    return l;
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
