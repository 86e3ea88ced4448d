package org.ppl4j.semantics.ad;

/**
 * Matrix-vector and matrix-matrix products on {@link AdReal} numbers (LANGUAGE.md §9.1
 * {@code matvec}, {@code matmul}). Each output element is one dot product
 * ({@link AdMath#dot(AdReal[], AdReal[])}): one tape node with the analytic partials, as Stan
 * Math's reverse-mode products do, and a data row (constants) kept in the node's rule. Shapes
 * are checked by the caller: {@code a} is rectangular and the inner dimensions agree.
 */
public final class AdLinearAlgebra {
  private AdLinearAlgebra() {}

  /**
   * {@code y = A x}, {@code y[i] = sum_j A[i][j] x[j]}.
   *
   * @param a the rows of an n×k matrix
   * @param x a vector of length k
   */
  public static AdReal[] matvec(AdReal[][] a, AdReal[] x) {
    AdReal[] out = new AdReal[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = AdMath.dot(a[i], x);
    }
    return out;
  }

  /**
   * {@code C = A B}, {@code C[i][j] = sum_l A[i][l] B[l][j]}.
   *
   * @param a the rows of an n×k matrix
   * @param b the rows of a k×m matrix
   * @param m the number of columns of {@code b} (needed when k is 0)
   */
  public static AdReal[][] matmul(AdReal[][] a, AdReal[][] b, int m) {
    AdReal[][] out = new AdReal[a.length][m];
    AdReal[] column = new AdReal[b.length];
    for (int j = 0; j < m; j++) {
      for (int l = 0; l < b.length; l++) {
        column[l] = b[l][j];
      }
      for (int i = 0; i < a.length; i++) {
        out[i][j] = AdMath.dot(a[i], column);
      }
    }
    return out;
  }
}
