package org.ppl4j.inference.advi;

import java.util.List;
import org.ppl4j.semantics.random.Rng;

/**
 * Stan's choice of the step-size scale {@code eta} (Kucukelbir et al. 2017, §3.2): each
 * candidate of {@link #CANDIDATES}, largest first, runs {@code adaptIterations} steps from the
 * initial approximation; the ELBO after them is estimated (minus infinity when the steps
 * failed). The search keeps the best candidate and stops at the first one that does worse
 * than the best once the best has improved on the initial ELBO. It fails when no candidate
 * improves on the initial approximation.
 */
public final class EtaAdaptation {
  /** The candidates, in the order tried (Stan's). */
  public static final List<Double> CANDIDATES = List.of(100.0, 10.0, 1.0, 0.1, 0.01);

  private EtaAdaptation() {}

  /**
   * The chosen eta.
   *
   * @throws IllegalArgumentException when the initial ELBO cannot be estimated or every
   *     candidate fails to improve on it
   */
  public static double choose(Approximation initial, ElboEstimator estimator, AdviConfig config,
      Rng rng, AdviMonitor monitor) {
    double initialElbo = estimator.elbo(initial, rng);
    double bestElbo = Double.NEGATIVE_INFINITY;
    double best = Double.NaN;
    for (int c = 0; c < CANDIDATES.size(); c++) {
      monitor.adapting(c, CANDIDATES.size());
      double eta = CANDIDATES.get(c);
      double elbo;
      try {
        Approximation q = GradientAscent.steps(initial, eta, config.adaptIterations(), estimator,
            rng);
        elbo = estimator.elbo(q, rng);
      } catch (IllegalArgumentException e) {
        elbo = Double.NEGATIVE_INFINITY;
      }
      if (elbo < bestElbo && bestElbo > initialElbo) {
        break;
      }
      if (elbo > bestElbo) {
        bestElbo = elbo;
        best = eta;
      }
    }
    if (!(bestElbo > initialElbo)) {
      throw new IllegalArgumentException("advi: no step-size scale among " + CANDIDATES
          + " improved the ELBO in " + config.adaptIterations() + " steps; the model may be"
          + " ill-conditioned or misspecified (give --eta, or use --method nuts)");
    }
    return best;
  }
}
