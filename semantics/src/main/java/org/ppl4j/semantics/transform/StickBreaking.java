package org.ppl4j.semantics.transform;

import org.ppl4j.semantics.ad.AdMath;
import org.ppl4j.semantics.ad.AdReal;

/**
 * Stan's stick-breaking transform from R^(K-1) onto the open K-simplex (Stan Reference
 * Manual, "Unit simplex"): {@code z_k = logistic(u_k - log(K - 1 - k))},
 * {@code x_k = (1 - sum_{j<k} x_j) z_k} for k = 0..K-2, and {@code x_{K-1}} the rest. The
 * offset makes u = 0 the centre of the simplex. The Jacobian is triangular, with log
 * determinant {@code sum_k [log z_k + log(1 - z_k) + log(1 - sum_{j<k} x_j)]}.
 *
 * @param dimension K, the length of a simplex point, >= 2
 */
public record StickBreaking(int dimension) implements Transform {

  public StickBreaking {
    if (dimension < 2) {
      throw new IllegalArgumentException("simplex dimension must be >= 2, got " + dimension);
    }
  }

  @Override
  public int unconstrainedDimension() {
    return dimension - 1;
  }

  @Override
  public int constrainedDimension() {
    return dimension;
  }

  @Override
  public Constrained constrain(AdReal[] u) {
    AdReal[] x = new AdReal[dimension];
    AdReal remaining = AdReal.ONE;
    AdReal logJacobian = AdReal.ZERO;
    for (int k = 0; k < dimension - 1; k++) {
      AdReal shifted = u[k].minus(Math.log(dimension - 1.0 - k));
      AdReal z = AdMath.logistic(shifted);
      x[k] = remaining.times(z);
      logJacobian = logJacobian.plus(AdMath.logLogistic(shifted))
          .plus(AdMath.logLogistic(shifted.negate())).plus(AdMath.log(remaining));
      remaining = remaining.minus(x[k]);
    }
    x[dimension - 1] = remaining;
    return new Constrained(x, logJacobian);
  }

  @Override
  public double[] unconstrain(double[] x) {
    double[] u = new double[dimension - 1];
    double remaining = 1.0;
    for (int k = 0; k < dimension - 1; k++) {
      double z = x[k] / remaining;
      u[k] = Math.log(z / (1 - z)) + Math.log(dimension - 1.0 - k);
      remaining -= x[k];
    }
    return u;
  }
}
