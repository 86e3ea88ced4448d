package org.ppl4j.inference.kernels;

import org.ppl4j.inference.traced.Trace;

/**
 * The tempered target {@code prior(x) * likelihood(x)^beta} of a trace, in logs: the path of
 * distributions from the prior ({@code beta = 0}) to the posterior ({@code beta = 1}) of SMC
 * samplers (Del Moral, Doucet and Jasra, JRSS B 2006; Neal, "Annealed importance sampling",
 * 2001). The likelihood is the product of the trace's scores (observe, factor, condition).
 */
public final class TemperedTarget {
  private TemperedTarget() {}

  /**
   * {@code logPrior + beta * logLikelihood}; at {@code beta = 0} the likelihood is ignored, even
   * where it is zero.
   *
   * @param beta the inverse temperature, in [0, 1]
   */
  public static double logDensity(Trace<?> trace, double beta) {
    return beta == 0 ? trace.logPrior() : trace.logPrior() + beta * trace.logLikelihood();
  }

  /**
   * The log MH ratio at {@code beta} of a move whose ratio for the untempered target
   * ({@code beta = 1}) is {@code logRatio}: the likelihood's share is scaled by {@code beta}.
   */
  public static double temper(double logRatio, Trace<?> current, Trace<?> proposed,
      double beta) {
    if (beta == 1 || logRatio == Double.NEGATIVE_INFINITY) {
      return logRatio;
    }
    if (proposed.logLikelihood() == Double.NEGATIVE_INFINITY) {
      return beta == 0 ? logRatio : Double.NEGATIVE_INFINITY;
    }
    return logRatio - (1 - beta) * (proposed.logLikelihood() - current.logLikelihood());
  }
}
