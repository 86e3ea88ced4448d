package org.ppl4j.inference.tempered;

import java.util.List;
import java.util.Optional;
import org.ppl4j.inference.kernels.HamiltonianMove;
import org.ppl4j.inference.kernels.RealSite;
import org.ppl4j.inference.kernels.TemperedTarget;
import org.ppl4j.inference.nuts.LogDensityFunction;
import org.ppl4j.inference.traced.Trace;
import org.ppl4j.semantics.dist.Support;

/**
 * The gradient move of one tempering step, when it applies: every particle has the same
 * choices, all scalar continuous; the program's differentiable density has one coordinate per
 * choice; and that density agrees with the traced one, {@code log pi_beta + sum log|J|}, up to a
 * constant at a few particles (so its gradient is the one of the kernel's coordinates: a
 * program whose differentiable density draws in another order or with other transforms falls
 * back to the random walk instead of steering blindly). The move is preconditioned by the
 * Cholesky factor of the cloud's covariance and takes the step size adapted so far.
 */
final class GradientPlan {
  /** The relative tolerance of the agreement between the two densities. */
  static final double AGREEMENT = 1e-6;

  private GradientPlan() {}

  /**
   * What a step asks for.
   *
   * @param density {@code log pi_beta} with its gradient on the unconstrained coordinates
   * @param beta the step's inverse temperature
   * @param kind the kind of move (its leapfrog steps)
   * @param stepSize the leapfrog step, &gt; 0
   */
  record Request(LogDensityFunction density, double beta, MoveKind kind, double stepSize) {}

  /**
   * The gradient move, or why there is none.
   *
   * @param move the move, when it applies
   * @param refusal the reason it does not (empty when it does)
   */
  record Outcome(Optional<HamiltonianMove> move, String refusal) {
    static Outcome refused(String reason) {
      return new Outcome(Optional.empty(), reason);
    }
  }

  /**
   * The move for {@code population}.
   *
   * @param allScalarContinuous whether every particle has the same choices, all scalar
   *     continuous
   * @param sites the scalar continuous sites of the first particle
   */
  static Outcome of(List<? extends Trace<?>> population, boolean allScalarContinuous,
      List<RealSite> sites, Request request) {
    if (!allScalarContinuous || sites.isEmpty()) {
      return Outcome.refused("not every latent is a scalar continuous draw in every particle");
    }
    int d = sites.size();
    if (request.density().dimension() != d) {
      return Outcome.refused("the differentiable density has " + request.density().dimension()
          + " coordinates for " + d + " draws");
    }
    int n = population.size();
    double offset = Double.NaN;
    for (int i : new int[] {0, n / 2, n - 1}) {
      Trace<?> t = population.get(i);
      double[] u = new double[d];
      double traced = TemperedTarget.logDensity(t, request.beta());
      for (int k = 0; k < d; k++) {
        u[k] = sites.get(k).unconstrained(t.choices());
        traced += sites.get(k).transform().logJacobian(u[k]);
      }
      double value;
      try {
        value = request.density().logDensity(u, new double[d]);
      } catch (RuntimeException e) {
        return Outcome.refused("the differentiable density failed at a particle ("
            + e.getMessage() + ")");
      }
      if (!Double.isFinite(value) || !Double.isFinite(traced)) {
        continue;
      }
      if (Double.isNaN(offset)) {
        offset = value - traced;
      } else if (Math.abs(value - traced - offset) > AGREEMENT * Math.max(1, Math.abs(value))) {
        return Outcome.refused("the differentiable density disagrees with the traced one");
      }
    }
    if (Double.isNaN(offset)) {
      return Outcome.refused("the density is not finite at the particles checked");
    }
    Support[] supports = new Support[d];
    for (int k = 0; k < d; k++) {
      supports[k] = sites.get(k).support();
    }
    return new Outcome(Optional.of(new HamiltonianMove(supports,
        MovePlan.cloudFactor(population, sites), request.stepSize(),
        request.kind().leapfrogSteps(), request.density(), HamiltonianMove.Correction.MOMENTUM)),
        "");
  }
}
