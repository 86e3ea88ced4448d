package org.ppl4j.inference.tempered;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ppl4j.inference.kernels.HamiltonianMove;
import org.ppl4j.inference.kernels.Proposal;
import org.ppl4j.inference.kernels.RandomWalk;
import org.ppl4j.inference.kernels.RealSite;
import org.ppl4j.inference.kernels.SiteKernel;
import org.ppl4j.inference.kernels.SiteTransform;
import org.ppl4j.inference.kernels.StepSizes;
import org.ppl4j.inference.traced.Choice;
import org.ppl4j.inference.traced.Trace;
import org.ppl4j.semantics.dist.Support;
import org.ppl4j.semantics.math.Cholesky;

/**
 * The MCMC moves of one tempering step, tuned on the particle cloud (as in Chopin and
 * Papaspiliopoulos, "An Introduction to Sequential Monte Carlo", 2020, ch. 17, and PyMC's
 * {@code sample_smc}). When every particle has the same sites (same number, same supports), its
 * scalar continuous sites move together by a random walk whose covariance is the cloud's
 * covariance of their unconstrained coordinates times {@code 2.38^2 / d}. When some sites are
 * discrete or the structure differs between particles, each sweep also makes one
 * {@link SiteKernel} move (random walk with the cloud's per-position sd times 2.38, prior
 * re-draws elsewhere). The plan is fixed during the step's moves, so each sweep is an MH kernel
 * that leaves {@code prior * likelihood^beta} invariant. With gradient moves asked for
 * ({@link MoveKind}) and applicable ({@link GradientPlan}), the random walk gives way to a
 * {@link HamiltonianMove} preconditioned by the cloud's covariance.
 *
 * @param block the joint random walk, if the population has a static structure with
 *     continuous sites (and no gradient move replaces it)
 * @param siteMoves whether each sweep also makes a single-site move
 * @param siteScales the single-site step sizes (frozen)
 * @param hamiltonian the gradient move, when asked for and applicable
 * @param refusal why no gradient move was made where one was asked for (empty otherwise)
 */
record MovePlan(Optional<RandomWalk> block, boolean siteMoves, StepSizes siteScales,
    Optional<HamiltonianMove> hamiltonian, String refusal) {
  private static final double SCALE = 2.38;
  private static final double FLOOR_VARIANCE = 1e-12;

  /** The random-walk plan for {@code population} (equally weighted, complete traces). */
  static MovePlan of(List<? extends Trace<?>> population) {
    return of(population, Optional.empty());
  }

  /**
   * The plan for {@code population}: the gradient move of {@code gradient} where it applies,
   * else the random walks.
   */
  static MovePlan of(List<? extends Trace<?>> population,
      Optional<GradientPlan.Request> gradient) {
    List<Choice> reference = population.get(0).choices();
    int size = reference.size();
    boolean staticStructure = true;
    for (Trace<?> t : population) {
      if (t.choices().size() != size) {
        staticStructure = false;
        break;
      }
      for (int p = 0; p < size; p++) {
        if (!t.choices().get(p).site().distribution().support()
            .equals(reference.get(p).site().distribution().support())) {
          staticStructure = false;
          break;
        }
      }
    }
    List<RealSite> sites = new ArrayList<>();
    boolean allContinuous = true;
    for (int p = 0; p < size; p++) {
      Optional<RealSite> s = RealSite.at(reference, p, SiteTransform::of);
      s.ifPresent(sites::add);
      allContinuous &= s.isPresent();
    }
    String refusal = "";
    if (gradient.isPresent()) {
      GradientPlan.Outcome g = GradientPlan.of(population, staticStructure && allContinuous,
          sites, gradient.get());
      if (g.move().isPresent()) {
        return new MovePlan(Optional.empty(), false, new StepSizes(1), g.move(), "");
      }
      refusal = g.refusal();
    }
    Optional<RandomWalk> block = staticStructure && !sites.isEmpty()
        ? Optional.of(block(population, sites)) : Optional.empty();
    boolean siteMoves = !staticStructure || !allContinuous;
    return new MovePlan(block, siteMoves, siteMoves ? StepSizes.ofCloud(population) : new StepSizes(1),
        Optional.empty(), refusal);
  }

  /** The kernel of the single-site moves. */
  static SiteKernel siteKernel() {
    return SiteKernel.of(Proposal.RW);
  }

  private static RandomWalk block(List<? extends Trace<?>> population, List<RealSite> sites) {
    int d = sites.size();
    double[][] cov = covariance(population, sites);
    double factor = SCALE * SCALE / d;
    for (int a = 0; a < d; a++) {
      for (int b = 0; b <= a; b++) {
        cov[a][b] *= factor;
        cov[b][a] = cov[a][b];
      }
      cov[a][a] = Math.max(cov[a][a] * (1 + 1e-9), FLOOR_VARIANCE);
    }
    int[] positions = new int[d];
    Support[] supports = new Support[d];
    for (int k = 0; k < d; k++) {
      positions[k] = sites.get(k).position();
      supports[k] = sites.get(k).support();
    }
    return new RandomWalk(positions, supports, lower(cov), SiteTransform::of);
  }

  /**
   * The Cholesky factor of the cloud's covariance of the unconstrained coordinates of
   * {@code sites} (diagonal floored), the preconditioner of the gradient moves.
   */
  static double[][] cloudFactor(List<? extends Trace<?>> population, List<RealSite> sites) {
    double[][] cov = covariance(population, sites);
    for (int a = 0; a < cov.length; a++) {
      for (int b = 0; b < a; b++) {
        cov[b][a] = cov[a][b];
      }
      cov[a][a] = Math.max(cov[a][a] * (1 + 1e-9), FLOOR_VARIANCE);
    }
    return lower(cov);
  }

  /** The lower triangle of the cloud's covariance of the sites' unconstrained coordinates. */
  private static double[][] covariance(List<? extends Trace<?>> population,
      List<RealSite> sites) {
    int d = sites.size();
    int n = population.size();
    double[] mean = new double[d];
    double[][] u = new double[n][d];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < d; k++) {
        u[i][k] = sites.get(k).unconstrained(population.get(i).choices());
        mean[k] += u[i][k] / n;
      }
    }
    double[][] cov = new double[d][d];
    for (int i = 0; i < n; i++) {
      for (int a = 0; a < d; a++) {
        for (int b = 0; b <= a; b++) {
          cov[a][b] += (u[i][a] - mean[a]) * (u[i][b] - mean[b]) / Math.max(1, n - 1);
        }
      }
    }
    return cov;
  }

  /** The Cholesky factor of {@code cov}, or of its diagonal when it is not positive definite. */
  private static double[][] lower(double[][] cov) {
    try {
      return Cholesky.of(cov).lower();
    } catch (RuntimeException e) {
      double[][] diagonal = new double[cov.length][cov.length];
      for (int a = 0; a < cov.length; a++) {
        diagonal[a][a] = Math.sqrt(cov[a][a]);
      }
      return diagonal;
    }
  }
}
