package org.ppl4j.semantics.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.junit.jupiter.api.Test;
import org.ppl4j.semantics.ad.AdDistribution;
import org.ppl4j.semantics.ad.AdReal;
import org.ppl4j.semantics.dist.Family;

/**
 * Jacobian checks: the analytic log determinant of each transform against the log |det| of a
 * central-difference Jacobian (step 1e-6, LU determinant), at several points; relative
 * tolerance 1e-6 (the difference quotient is accurate to ~1e-9 there). Also round trips and
 * the choice of transform from each support.
 */
class TransformTest {

  private static final double TOLERANCE = 1e-6;

  /** The first unconstrainedDimension() coordinates of the constrained point. */
  private static double[] free(Transform t, double[] u) {
    AdReal[] x = t.constrain(AdReal.constants(u)).value();
    double[] out = new double[t.unconstrainedDimension()];
    for (int i = 0; i < out.length; i++) {
      out[i] = x[i].value();
    }
    return out;
  }

  private static void checkJacobian(Transform t, double[] u) {
    int n = t.unconstrainedDimension();
    double[][] jacobian = new double[n][n];
    double h = 1e-6;
    for (int j = 0; j < n; j++) {
      double[] up = u.clone();
      double[] down = u.clone();
      up[j] += h;
      down[j] -= h;
      double[] fu = free(t, up);
      double[] fd = free(t, down);
      for (int i = 0; i < n; i++) {
        jacobian[i][j] = (fu[i] - fd[i]) / (2 * h);
      }
    }
    double numeric = Math.log(Math.abs(
        new LUDecomposition(new Array2DRowRealMatrix(jacobian)).getDeterminant()));
    double analytic = t.constrain(AdReal.constants(u)).logJacobian().value();
    assertEquals(numeric, analytic, TOLERANCE * Math.max(1, Math.abs(numeric)),
        t + " at u = " + java.util.Arrays.toString(u));
    double[] back = t.unconstrain(AdReal.values(t.constrain(AdReal.constants(u)).value()));
    for (int i = 0; i < n; i++) {
      assertEquals(u[i], back[i], 1e-9, "round trip of " + t);
    }
  }

  @Test
  void analyticLogJacobiansMatchNumericalDeterminants() {
    for (double u : new double[] {-3.1, -0.2, 0.0, 1.7}) {
      checkJacobian(new Transform.LowerBound(2.0), new double[] {u});
      checkJacobian(new Transform.Interval(AdReal.constant(-1), AdReal.constant(4)),
          new double[] {u});
      checkJacobian(new Transform.Identity(1), new double[] {u});
    }
    checkJacobian(new StickBreaking(2), new double[] {0.4});
    checkJacobian(new StickBreaking(4), new double[] {0.3, -1.2, 0.8});
    checkJacobian(new StickBreaking(5), new double[] {0.0, 0.0, 0.0, 0.0});
  }

  @Test
  void simplexPointsSumToOneAndCentreIsUniform() {
    AdReal[] x = new StickBreaking(4).constrain(AdReal.constants(0, 0, 0)).value();
    for (AdReal xi : x) {
      assertEquals(0.25, xi.value(), 1e-12);
    }
    double total = 0;
    for (AdReal xi : new StickBreaking(4).constrain(AdReal.constants(2, -3, 1)).value()) {
      assertTrue(xi.value() > 0);
      total += xi.value();
    }
    assertEquals(1.0, total, 1e-12);
  }

  @Test
  void transformFollowsTheSupport() {
    AdReal one = AdReal.constant(1);
    assertInstanceOf(Transform.Identity.class, Transform.of(AdDistribution.normal(0, 1)));
    assertInstanceOf(Transform.LowerBound.class,
        Transform.of(AdDistribution.of(Family.GAMMA, one, one)));
    assertInstanceOf(Transform.Interval.class,
        Transform.of(AdDistribution.of(Family.BETA, one, one)));
    assertEquals(new StickBreaking(3), Transform.of(new AdDistribution(Family.DIRICHLET,
        List.<AdReal[]>of(AdReal.constants(1, 1, 1)))));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Transform.of(AdDistribution.of(Family.POISSON, one)));
    assertTrue(e.getMessage().contains("poisson"), e.getMessage());
  }
}
