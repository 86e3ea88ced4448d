package org.ppl4j.semantics.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.junit.jupiter.api.Test;

/** {@link Cholesky} against Commons Math's decomposition and its own error checks. */
class CholeskyTest {
  private static final double[][] A = {{4, 2, 0.4}, {2, 5, 1}, {0.4, 1, 3}};

  @Test
  void factorMatchesCommonsAndReconstructsTheMatrix() {
    Cholesky cholesky = Cholesky.of(A);
    double[][] expected = new CholeskyDecomposition(MatrixUtils.createRealMatrix(A))
        .getL().getData();
    double[][] lower = cholesky.lower();
    for (int i = 0; i < 3; i++) {
      assertArrayEquals(expected[i], lower[i], 1e-14);
    }
    double[] z = {0.3, -1.2, 2.0};
    double[] lz = cholesky.multiplyLower(z);
    assertArrayEquals(z, cholesky.solveLower(lz), 1e-14);
    double determinant = new CholeskyDecomposition(MatrixUtils.createRealMatrix(A))
        .getDeterminant();
    assertEquals(Math.log(determinant), cholesky.logDeterminant(), 1e-14);
  }

  @Test
  void rejectsBadMatrices() {
    assertEquals("must be symmetric, got [1][0] = 2.5 but [0][1] = 2.0",
        assertThrows(IllegalArgumentException.class,
            () -> Cholesky.of(new double[][] {{1, 2}, {2.5, 1}})).getMessage());
    assertEquals("must be positive definite, got pivot 1 = -3.0 in its Cholesky factorisation",
        assertThrows(IllegalArgumentException.class,
            () -> Cholesky.of(new double[][] {{1, 2}, {2, 1}})).getMessage());
    assertEquals("must be a square matrix, got 2 rows but row 1 has 1 entries",
        assertThrows(IllegalArgumentException.class,
            () -> Cholesky.of(new double[][] {{1, 0}, {0}})).getMessage());
    assertEquals("must have finite entries, got [0][0] = NaN",
        assertThrows(IllegalArgumentException.class,
            () -> Cholesky.of(new double[][] {{Double.NaN}})).getMessage());
  }
}
