package org.ppl4j.inference.advi;

import java.util.List;
import org.ppl4j.semantics.random.Rng;

/**
 * The choice of the step-size scale {@code eta} after Stan's adaptation phase (Kucukelbir et
 * al. 2017, §3.2): each candidate of {@link #CANDIDATES} runs {@code adaptIterations} steps
 * from the initial approximation and is scored by the ELBO it reached (minus infinity when the
 * steps failed); the best-scoring candidate is chosen, and the phase fails when none improves
 * on the initial approximation's ELBO.
 *
 * <p>Two changes to Stan's rule, for stability. Stan scores a candidate by the one ELBO
 * estimate after its last step and stops at the first candidate (largest first) that scores
 * below the best so far. Here a candidate's score is the smallest of the estimates after half,
 * three quarters and all of its steps, and every candidate is scored (5 x 50 steps: cheap). A
 * large eta makes the parameters jump (the first step moves each by about eta), so one
 * estimate can land, by chance, on an approximation near the mode that beats a stable eta's,
 * and the main run from that eta then does not converge. Over seeds 1..10 of
 * {@code examples/normal_mean.ppl} (both families, 20 fits, measured 2026-12-07; posterior
 * mean 1.45, sd 0.32) Stan's rule chose eta 100 in 4 fits, which ended far from the posterior
 * (means -128, 1.48, 2.18, 1.29 with sds 0, 0.91, 0.20, 0.44); with the three checkpoints
 * alone, 1 fit; with both changes, none (every fit chose eta 1).
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
      double elbo = score(initial, eta, estimator, config.adaptIterations(), rng);
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

  /**
   * The smallest ELBO estimate after half, three quarters and all of {@code steps} steps of
   * scale {@code eta}; minus infinity when a step or an estimate fails.
   */
  static double score(Approximation initial, double eta, ElboEstimator estimator, int steps,
      Rng rng) {
    int half = steps / 2;
    int threeQuarters = (3 * steps) / 4;
    GradientAscent.State state = new GradientAscent.State(initial, StepSizeSequence.start(eta));
    double worst = Double.POSITIVE_INFINITY;
    int done = 0;
    try {
      for (int checkpoint : new int[] {half, threeQuarters, steps}) {
        state = GradientAscent.advance(state, checkpoint - done, estimator, rng);
        done = checkpoint;
        if (checkpoint > 0) {
          worst = Math.min(worst, estimator.elbo(state.approximation(), rng));
        }
      }
    } catch (IllegalArgumentException e) {
      return Double.NEGATIVE_INFINITY;
    }
    return worst;
  }
}
