package org.ppl4j.inference.loo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ppl4j.semantics.random.Rng;

/**
 * PSIS-LOO against the exact leave-one-out predictive density of a conjugate model: y_i ~
 * normal(mu, 1), mu ~ normal(0, 10), ten observations; the posterior without y_i is normal, so
 * {@code p(y_i | y_-i) = normal(y_i; m_-i, sqrt(1 + v_-i))} exactly. Draws: S = 4000
 * independent draws of the exact posterior (seed 20261207). Tolerance: 4.5 times the sum over
 * elements of the Monte Carlo standard error of each {@code elpd_loo_i}, the importance
 * sampling (harmonic mean) estimate's delta-method error {@code sd(1/p_s) / (sqrt S mean(1/p_s))}
 * (a sum of standard errors bounds the error of the sum whatever their correlation). A broken
 * twin (the plain posterior mean of the likelihood, {@code lpd}, in place of LOO) must fail.
 */
class PsisLooExactTest {
  private static final double[] Y = {1.044, 1.811, 1.074, 0.985, 0.37, 1.087, 2.412, 1.724,
      2.337, 1.549};
  private static final double PRIOR_SD = 10;
  private static final int S = 4000;
  private static final long SEED = 20261207L;

  @Test
  void psisLooMatchesTheExactLeaveOneOutDensity() {
    PointwiseLogLikelihood ll = exactPosteriorDraws();
    PsisLoo.Result loo = PsisLoo.of(ll);
    double exact = exactElpdLoo();
    double tolerance = 4.5 * monteCarloError(ll);
    String report = "seed " + SEED + ", S " + S + ": elpd_loo " + loo.elpd().estimate()
        + ", exact " + exact + ", tolerance " + tolerance;
    assertEquals(exact, loo.elpd().estimate(), tolerance, report);
    for (double k : loo.paretoK()) {
      assertTrue(k < 0.5, "every k below 0.5 for a well-specified normal model: " + k);
    }
  }

  @Test
  void theInSampleDensityIsNotLeaveOneOut() {
    PointwiseLogLikelihood ll = exactPosteriorDraws();
    double lpd = 0;
    for (int i = 0; i < ll.elements(); i++) {
      lpd += LogSum.logMeanExp(ll.column(i));
    }
    double tolerance = 4.5 * monteCarloError(ll);
    assertTrue(Math.abs(lpd - exactElpdLoo()) > tolerance,
        "the broken twin (lpd) must be told apart: " + lpd + " vs " + exactElpdLoo());
  }

  private static PointwiseLogLikelihood exactPosteriorDraws() {
    double precision = 1 / (PRIOR_SD * PRIOR_SD) + Y.length;
    double mean = sum(Y) / precision;
    double sd = Math.sqrt(1 / precision);
    Rng rng = Rng.seeded(SEED);
    double[][] values = new double[S][Y.length];
    for (int s = 0; s < S; s++) {
      double mu = mean + sd * rng.nextGaussian();
      for (int i = 0; i < Y.length; i++) {
        values[s][i] = logNormal(Y[i], mu, 1);
      }
    }
    String[] names = new String[Y.length];
    for (int i = 0; i < Y.length; i++) {
      names[i] = "y[" + i + "]";
    }
    return new PointwiseLogLikelihood(java.util.List.of(names), values);
  }

  private static double exactElpdLoo() {
    double total = 0;
    for (int i = 0; i < Y.length; i++) {
      double precision = 1 / (PRIOR_SD * PRIOR_SD) + (Y.length - 1);
      double mean = (sum(Y) - Y[i]) / precision;
      total += logNormal(Y[i], mean, Math.sqrt(1 + 1 / precision));
    }
    return total;
  }

  /** Σ_i sd(1/p_is) / (sqrt(S) mean(1/p_is)): the delta-method error of each log estimate. */
  private static double monteCarloError(PointwiseLogLikelihood ll) {
    double total = 0;
    for (int i = 0; i < ll.elements(); i++) {
      double[] column = ll.column(i);
      double[] inverse = new double[column.length];
      for (int s = 0; s < column.length; s++) {
        inverse[s] = Math.exp(-column[s]);
      }
      double mean = sum(inverse) / inverse.length;
      total += Math.sqrt(Waic.variance(inverse) / inverse.length) / mean;
    }
    return total;
  }

  private static double logNormal(double x, double mu, double sigma) {
    double z = (x - mu) / sigma;
    return -0.5 * z * z - Math.log(sigma) - 0.5 * Math.log(2 * Math.PI);
  }

  private static double sum(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    return s;
  }
}
