package org.ppl4j.inference.advi;

import java.util.ArrayList;
import java.util.List;
import org.ppl4j.semantics.random.Rng;

/**
 * Stochastic gradient ascent of the ELBO with Stan's step-size sequence (Kucukelbir et al.
 * 2017, Algorithm 1): each step draws a gradient estimate ({@link ElboEstimator#gradient}) and
 * moves the parameters by {@link StepSizeSequence#ascend}; every {@code evalElbo} steps the ELBO
 * is estimated and the {@link ConvergenceCheck} decides whether to stop. A step that makes a
 * parameter non-finite fails. Draws come from {@code rng} only, in order, so a seed gives one
 * answer.
 */
public final class GradientAscent {
  private GradientAscent() {}

  /**
   * {@code steps} steps from {@code q} with scale {@code eta}, without ELBO estimates (the
   * adaptation phase).
   *
   * @throws IllegalArgumentException when a gradient cannot be estimated or a parameter
   *     becomes non-finite
   */
  public static Approximation steps(Approximation q, double eta, int steps,
      ElboEstimator estimator, Rng rng) {
    return advance(new State(q, StepSizeSequence.start(eta)), steps, estimator, rng)
        .approximation();
  }

  /**
   * A point of the ascent: the approximation and the step-size sequence that continues it.
   *
   * @param approximation the current approximation
   * @param sequence the step-size state after the steps taken
   */
  public record State(Approximation approximation, StepSizeSequence sequence) {}

  /**
   * {@code steps} more steps from {@code state}, without ELBO estimates.
   *
   * @throws IllegalArgumentException as {@link #steps}
   */
  public static State advance(State state, int steps, ElboEstimator estimator, Rng rng) {
    Approximation q = state.approximation();
    StepSizeSequence sequence = state.sequence();
    for (int i = 0; i < steps; i++) {
      double[] gradient = estimator.gradient(q, rng);
      sequence = sequence.step(gradient);
      q = finite(q.withParameters(sequence.ascend(q.parameters(), gradient)));
    }
    return new State(q, sequence);
  }

  /**
   * Runs until convergence or {@code config.maxIterations()} steps from {@code q} with scale
   * {@code eta}.
   *
   * @throws IllegalArgumentException when a gradient or an ELBO cannot be estimated or a
   *     parameter becomes non-finite
   */
  public static AdviResult run(Approximation q, double eta, ElboEstimator estimator,
      AdviConfig config, Rng rng, AdviMonitor monitor) {
    StepSizeSequence sequence = StepSizeSequence.start(eta);
    ConvergenceCheck check = ConvergenceCheck.start(config.tolRelObj(),
        config.convergenceWindow());
    List<ElboPoint> trace = new ArrayList<>();
    double elbo = Double.NaN;
    for (int iteration = 1; iteration <= config.maxIterations(); iteration++) {
      double[] gradient = estimator.gradient(q, rng);
      sequence = sequence.step(gradient);
      q = finite(q.withParameters(sequence.ascend(q.parameters(), gradient)));
      if (iteration % config.evalElbo() == 0) {
        elbo = estimator.elbo(q, rng);
        check = check.add(elbo);
        trace.add(new ElboPoint(iteration, elbo, check.latestChange()));
        if (check.converged()) {
          monitor.iterated(iteration, config.maxIterations(), elbo);
          return new AdviResult(q, eta, iteration, true, trace);
        }
      }
      monitor.iterated(iteration, config.maxIterations(), elbo);
    }
    return new AdviResult(q, eta, config.maxIterations(), false, trace);
  }

  private static Approximation finite(Approximation q) {
    if (!q.isFinite()) {
      throw new IllegalArgumentException("advi: a variational parameter is not finite after a"
          + " gradient step; the step size is too large (set a smaller --eta) or the model is"
          + " ill-conditioned");
    }
    return q;
  }
}
