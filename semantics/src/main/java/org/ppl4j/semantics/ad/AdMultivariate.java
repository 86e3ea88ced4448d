package org.ppl4j.semantics.ad;

import static org.ppl4j.semantics.ad.AdMath.lgamma;
import static org.ppl4j.semantics.ad.AdMath.log;

/**
 * Log densities of the multivariate families on {@link AdReal} numbers: the Dirichlet, and
 * the multivariate normal through a Cholesky factor computed on the tape (so the covariance
 * may depend on parameters).
 */
final class AdMultivariate {
  private AdMultivariate() {}

  private static final double SIMPLEX_TOLERANCE = 1e-8;

  static AdReal dirichlet(AdDistribution d, AdReal[] x) {
    AdReal[] alphas = d.parameters().get(0);
    if (alphas.length < 2) {
      throw AdLogDensities.domain(d, 0, "must have at least 2 entries, got " + alphas.length);
    }
    double total = 0;
    for (int i = 0; i < alphas.length; i++) {
      if (!(alphas[i].value() > 0)) {
        throw AdLogDensities.domain(d, 0,
            "must have entries > 0, entry " + i + " is " + alphas[i].value());
      }
      if (!(x[i].value() > 0 && x[i].value() < 1)) {
        return AdReal.constant(Double.NEGATIVE_INFINITY);
      }
      total += x[i].value();
    }
    if (Math.abs(total - 1) > SIMPLEX_TOLERANCE) {
      return AdReal.constant(Double.NEGATIVE_INFINITY);
    }
    AdReal logDensity = lgamma(AdMath.sum(alphas));
    for (int i = 0; i < alphas.length; i++) {
      logDensity = logDensity.minus(lgamma(alphas[i]))
          .plus(alphas[i].minus(1).times(log(x[i])));
    }
    return logDensity;
  }

  static AdReal mvNormal(AdDistribution d, AdReal[] x) {
    AdReal[] mean = d.parameters().get(0);
    int n = mean.length;
    AdReal[] cov = d.parameters().get(1);
    if (cov.length != n * n) {
      throw AdLogDensities.domain(d, 1, "must be a " + n + "x" + n + " matrix");
    }
    AdReal[] chol = cholesky(d, cov, n);
    AdReal[] z = new AdReal[n];
    AdReal logDensity = AdReal.constant(-0.5 * n * Math.log(2 * Math.PI));
    for (int i = 0; i < n; i++) {
      AdReal r = x[i].minus(mean[i]);
      for (int k = 0; k < i; k++) {
        r = r.minus(chol[i * n + k].times(z[k]));
      }
      z[i] = r.div(chol[i * n + i]);
      logDensity = logDensity.minus(log(chol[i * n + i])).minus(z[i].square().times(0.5));
    }
    return logDensity;
  }

  /** The lower Cholesky factor of the symmetric positive-definite {@code cov}, row-major. */
  static AdReal[] cholesky(AdDistribution d, AdReal[] cov, int n) {
    AdReal[] l = new AdReal[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double a = cov[i * n + j].value();
        double b = cov[j * n + i].value();
        if (Math.abs(a - b) > 1e-8 * Math.max(1, Math.abs(a))) {
          throw AdLogDensities.domain(d, 1, "must be symmetric, entries [" + i + "][" + j
              + "] = " + a + " and [" + j + "][" + i + "] = " + b + " differ");
        }
        AdReal s = cov[i * n + j];
        for (int k = 0; k < j; k++) {
          s = s.minus(l[i * n + k].times(l[j * n + k]));
        }
        if (i == j) {
          if (!(s.value() > 0)) {
            throw AdLogDensities.domain(d, 1, "must be positive definite");
          }
          l[i * n + i] = AdMath.sqrt(s);
        } else {
          l[i * n + j] = s.div(l[j * n + j]);
        }
      }
      for (int j = i + 1; j < n; j++) {
        l[i * n + j] = AdReal.ZERO;
      }
    }
    return l;
  }
}
