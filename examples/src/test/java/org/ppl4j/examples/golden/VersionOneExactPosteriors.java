package org.ppl4j.examples.golden;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * The exact posteriors of the version-1 examples (LANGUAGE.md §9), computed independently of
 * ppl4j: the design-matrix regression by its conjugate closed form (Apache Commons Math linear
 * algebra), the censored and truncated models by quadrature with Commons Math's normal cdf, and
 * radon from the published reference of {@code ../shared/reference/workloads/README.md}.
 */
final class VersionOneExactPosteriors {
  private VersionOneExactPosteriors() {}

  /**
   * regression/regression.ppl: alpha ~ normal(0, 10), beta_j ~ normal(0, 1), y ~ normal(alpha +
   * X beta, sigma). With A = [1 X] the posterior is normal with precision P = D + A'A/sigma^2
   * (D = diag(1/100, 1, ..., 1)) and mean P^-1 A'y / sigma^2.
   */
  static Reference regression(double[][] x, double[] y, double sigma) {
    int n = x.length;
    int k = x[0].length;
    double[][] a = new double[n][k + 1];
    for (int i = 0; i < n; i++) {
      a[i][0] = 1;
      System.arraycopy(x[i], 0, a[i], 1, k);
    }
    RealMatrix design = new Array2DRowRealMatrix(a);
    RealMatrix precision = design.transpose().multiply(design).scalarMultiply(1 / (sigma * sigma));
    precision.addToEntry(0, 0, 1 / 100.0);
    for (int j = 1; j <= k; j++) {
      precision.addToEntry(j, j, 1.0);
    }
    CholeskyDecomposition chol = new CholeskyDecomposition(precision);
    RealMatrix cov = chol.getSolver().getInverse();
    RealVector mean = chol.getSolver().solve(
        design.transpose().operate(new ArrayRealVector(y)).mapDivide(sigma * sigma));
    Map<String, Reference.Leaf> leaves = new LinkedHashMap<>();
    leaves.put("alpha", Reference.Leaf.continuous(mean.getEntry(0), Math.sqrt(cov.getEntry(0, 0))));
    for (int j = 1; j <= k; j++) {
      leaves.put("beta[" + (j - 1) + "]",
          Reference.Leaf.continuous(mean.getEntry(j), Math.sqrt(cov.getEntry(j, j))));
    }
    return new Reference(leaves);
  }

  /**
   * censored/censored.ppl: mu ~ normal(0, 10), observed ys ~ normal(mu, 1), and nCensored values
   * known only to exceed {@code limit}: each contributes log(1 - Phi(limit - mu)). Quadrature.
   */
  static Reference censored(double[] ys, int nCensored, double limit) {
    NormalDistribution std = new NormalDistribution(0, 1);
    return grid1("mu", -10, 10, 200_000, mu -> {
      double lp = -0.5 * mu * mu / 100;
      for (double y : ys) {
        lp += -0.5 * (y - mu) * (y - mu);
      }
      // 1 - Phi(limit - mu) = Phi(mu - limit), without the cancellation
      return nCensored == 0 ? lp : lp + nCensored * Math.log(std.cumulativeProbability(mu - limit));
    });
  }

  /**
   * truncated/truncated.ppl: mu ~ normal(0, 5), ys ~ normal(mu, 1) truncated to (0, inf): each
   * y contributes -(y - mu)^2/2 - log Phi(mu). Quadrature.
   */
  static Reference truncated(double[] ys) {
    NormalDistribution std = new NormalDistribution(0, 1);
    return grid1("mu", -15, 15, 300_000, mu -> {
      double lp = -0.5 * mu * mu / 25;
      for (double y : ys) {
        lp += -0.5 * (y - mu) * (y - mu) - Math.log(std.cumulativeProbability(mu));
      }
      return lp;
    });
  }

  /**
   * radon/radon.ppl: the exact answer published with the workload
   * ({@code ../shared/reference/workloads/README.md}: beta -0.66272 ± 0.06792, sigma_a 0.31988 ±
   * 0.04456, sigma_y 0.72676 ± 0.01770); kurtosis 3 (normal) for beta and sigma_y (919 homes),
   * and for sigma_a the kurtosis stated at the call site.
   */
  static Reference radon(double sigmaAKurtosis) {
    Map<String, Reference.Leaf> leaves = new LinkedHashMap<>();
    leaves.put("beta", Reference.Leaf.continuous(-0.66272, 0.06792));
    leaves.put("sigma_a", Reference.Leaf.continuous(0.31988, 0.04456, sigmaAKurtosis));
    leaves.put("sigma_y", Reference.Leaf.continuous(0.72676, 0.01770));
    return new Reference(leaves);
  }

  /** Posterior moments (to the fourth) of one parameter by the midpoint rule on n points. */
  static Reference grid1(String name, double lo, double hi, int n, DoubleUnaryOperator logDensity) {
    double[] log = new double[n];
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      log[i] = logDensity.applyAsDouble(lo + (hi - lo) * (i + 0.5) / n);
      max = Math.max(max, log[i]);
    }
    double z = 0;
    double s1 = 0;
    for (int i = 0; i < n; i++) {
      double w = Math.exp(log[i] - max);
      z += w;
      s1 += w * (lo + (hi - lo) * (i + 0.5) / n);
    }
    double mean = s1 / z;
    double m2 = 0;
    double m4 = 0;
    for (int i = 0; i < n; i++) {
      double w = Math.exp(log[i] - max) / z;
      double d = lo + (hi - lo) * (i + 0.5) / n - mean;
      m2 += w * d * d;
      m4 += w * d * d * d * d;
    }
    return new Reference(Map.of(name,
        Reference.Leaf.continuous(mean, Math.sqrt(m2), m4 / (m2 * m2))));
  }
}
