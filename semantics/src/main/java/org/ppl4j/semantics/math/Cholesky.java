package org.ppl4j.semantics.math;

import java.util.Arrays;

/**
 * An immutable symmetric positive-definite matrix together with its Cholesky factor
 * {@code L} (lower triangular, {@code A = L L^T}), computed by the Cholesky–Banachiewicz
 * algorithm. Construction is the positive-definiteness check.
 */
public final class Cholesky {
  /** Relative tolerance of the symmetry check. */
  private static final double SYMMETRY_TOLERANCE = 1e-10;

  private final double[][] matrix;
  private final double[][] lower;

  private Cholesky(double[][] matrix, double[][] lower) {
    this.matrix = matrix;
    this.lower = lower;
  }

  /**
   * Factors {@code a}.
   *
   * @param a a square, symmetric (to relative tolerance 1e-10), positive-definite matrix of
   *     finite entries; copied
   * @throws IllegalArgumentException saying what is wrong (starting lower-case, e.g. "must be
   *     positive definite (...)"), to be prefixed by the caller with what the matrix is
   */
  public static Cholesky of(double[][] a) {
    int n = a.length;
    if (n == 0) {
      throw new IllegalArgumentException("must be a non-empty square matrix, got 0 rows");
    }
    double[][] copy = new double[n][];
    for (int i = 0; i < n; i++) {
      if (a[i].length != n) {
        throw new IllegalArgumentException("must be a square matrix, got " + n
            + " rows but row " + i + " has " + a[i].length + " entries");
      }
      copy[i] = a[i].clone();
      for (int j = 0; j < n; j++) {
        if (!Double.isFinite(copy[i][j])) {
          throw new IllegalArgumentException(
              "must have finite entries, got [" + i + "][" + j + "] = " + copy[i][j]);
        }
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        double scale = Math.max(Math.abs(copy[i][j]), Math.abs(copy[j][i]));
        if (Math.abs(copy[i][j] - copy[j][i]) > SYMMETRY_TOLERANCE * scale) {
          throw new IllegalArgumentException("must be symmetric, got [" + i + "][" + j + "] = "
              + copy[i][j] + " but [" + j + "][" + i + "] = " + copy[j][i]);
        }
      }
    }
    double[][] l = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double sum = copy[i][j];
        for (int k = 0; k < j; k++) {
          sum -= l[i][k] * l[j][k];
        }
        if (i == j) {
          if (!(sum > 0)) {
            throw new IllegalArgumentException("must be positive definite, got pivot " + i
                + " = " + sum + " in its Cholesky factorisation");
          }
          l[i][i] = Math.sqrt(sum);
        } else {
          l[i][j] = sum / l[j][j];
        }
      }
    }
    return new Cholesky(copy, l);
  }

  /** The dimension {@code n} of the n x n matrix. */
  public int dimension() {
    return matrix.length;
  }

  /** A copy of the factored matrix {@code A}. */
  public double[][] matrix() {
    return deepCopy(matrix);
  }

  /** A copy of the lower-triangular factor {@code L}. */
  public double[][] lower() {
    return deepCopy(lower);
  }

  /**
   * Entry {@code A[i][j]}.
   *
   * @param i row, in [0, dimension)
   * @param j column, in [0, dimension)
   */
  public double entry(int i, int j) {
    return matrix[i][j];
  }

  /** {@code log det A = 2 sum_i log L[i][i]}. */
  public double logDeterminant() {
    double sum = 0;
    for (int i = 0; i < lower.length; i++) {
      sum += Math.log(lower[i][i]);
    }
    return 2 * sum;
  }

  /** {@code L z} for a vector {@code z} of length {@link #dimension()}. */
  public double[] multiplyLower(double[] z) {
    int n = lower.length;
    double[] result = new double[n];
    for (int i = 0; i < n; i++) {
      double sum = 0;
      for (int k = 0; k <= i; k++) {
        sum += lower[i][k] * z[k];
      }
      result[i] = sum;
    }
    return result;
  }

  /** The solution {@code y} of {@code L y = b} by forward substitution. */
  public double[] solveLower(double[] b) {
    int n = lower.length;
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double sum = b[i];
      for (int k = 0; k < i; k++) {
        sum -= lower[i][k] * y[k];
      }
      y[i] = sum / lower[i][i];
    }
    return y;
  }

  private static double[][] deepCopy(double[][] a) {
    double[][] copy = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      copy[i] = a[i].clone();
    }
    return copy;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Cholesky c && Arrays.deepEquals(matrix, c.matrix);
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(matrix);
  }

  @Override
  public String toString() {
    return Arrays.deepToString(matrix);
  }
}
