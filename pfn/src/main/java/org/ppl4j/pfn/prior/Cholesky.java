package org.ppl4j.pfn.prior;

/** Cholesky factorisation and triangular solves for small dense symmetric matrices. */
public final class Cholesky {

  private Cholesky() {}

  /**
   * The lower-triangular L with {@code L L^T = a}.
   *
   * @param a symmetric positive definite n x n matrix
   * @throws IllegalArgumentException if a is not positive definite
   */
  public static double[][] factor(double[][] a) {
    int n = a.length;
    double[][] l = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double s = a[i][j];
        for (int k = 0; k < j; k++) {
          s -= l[i][k] * l[j][k];
        }
        if (i == j) {
          if (!(s > 0)) {
            throw new IllegalArgumentException(
                "matrix is not positive definite (pivot " + i + " is " + s + ")");
          }
          l[i][i] = Math.sqrt(s);
        } else {
          l[i][j] = s / l[j][j];
        }
      }
    }
    return l;
  }

  /** Solves {@code L z = b} for lower-triangular L. */
  public static double[] solveLower(double[][] l, double[] b) {
    int n = b.length;
    double[] z = new double[n];
    for (int i = 0; i < n; i++) {
      double s = b[i];
      for (int k = 0; k < i; k++) {
        s -= l[i][k] * z[k];
      }
      z[i] = s / l[i][i];
    }
    return z;
  }
}
