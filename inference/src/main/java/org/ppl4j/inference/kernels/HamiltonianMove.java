package org.ppl4j.inference.kernels;

import java.util.List;
import java.util.Optional;
import org.ppl4j.inference.nuts.LogDensityFunction;
import org.ppl4j.inference.traced.Choice;
import org.ppl4j.inference.traced.Trace;
import org.ppl4j.semantics.dist.Support;
import org.ppl4j.semantics.random.Rng;

/**
 * Hamiltonian Monte Carlo with a few leapfrog steps (Duane, Kennedy, Pendleton and Roweth 1987;
 * Neal, "MCMC using Hamiltonian dynamics", 2011) on every choice of a trace whose choices are
 * all scalar continuous; with one leapfrog step it is MALA, the Metropolis-adjusted Langevin
 * algorithm (Roberts and Tweedie 1996). The coordinates are the sites' unconstrained values
 * {@code u} ({@link SiteTransform}), preconditioned by a fixed lower triangular {@code L}
 * (momentum {@code p ~ N(0, I)}, position steps {@code u += h L p}, gradient steps
 * {@code p += h L^T grad}): a mass matrix {@code (L L^T)^-1}, e.g. the particle cloud's
 * covariance in tempered SMC. The acceptance is exact:
 * <pre>
 *   log a = log pi_beta(x') + sum_k log|J_k(u'_k)| - |p'|^2 / 2
 *         - log pi_beta(x)  - sum_k log|J_k(u_k)|  + |p|^2 / 2
 * </pre>
 * with {@code pi_beta = prior * likelihood^beta} evaluated on the replayed trace
 * ({@link Replay}, {@link TemperedTarget}). The gradient only steers the proposal: each leapfrog
 * half is a shear (volume preserving and reversible for any deterministic gradient field), so
 * the kernel leaves {@code pi_beta} invariant as long as {@code gradient} is a fixed function of
 * {@code u}, and it mixes well when it is the gradient of {@code log pi_beta} in these
 * coordinates. A point where the gradient fails (an exception, a value that is not finite) or
 * where the replay leaves the path is rejected. {@code proofs-tests} checks the invariance from
 * exact draws; the twin that drops the momentum terms ({@link Correction#NONE}: MALA without the
 * proposal densities) must fail it.
 *
 * @param supports the support of each site, in trace order (the trace has exactly these)
 * @param factor the lower triangular preconditioner {@code L}, d x d
 * @param stepSize the leapfrog step {@code h}, &gt; 0
 * @param leapfrogSteps the number of leapfrog steps, &gt;= 1 (1: MALA)
 * @param gradient {@code log pi_beta} on the unconstrained coordinates, in trace order, with its
 *     gradient
 * @param correction whether the momentum terms enter the ratio (always, but in a broken twin)
 */
public record HamiltonianMove(Support[] supports, double[][] factor, double stepSize,
    int leapfrogSteps, LogDensityFunction gradient, Correction correction) {

  /** Whether the ratio carries the momentum (proposal density) terms. */
  public enum Correction {
    /** The exact ratio. */
    MOMENTUM,
    /** Without the momentum terms: not invariant; only the broken twin of the tests. */
    NONE
  }

  /** Copies the arrays and checks the sizes. */
  public HamiltonianMove {
    supports = supports.clone();
    double[][] copy = new double[factor.length][];
    for (int i = 0; i < factor.length; i++) {
      copy[i] = factor[i].clone();
    }
    factor = copy;
    if (factor.length != supports.length || gradient.dimension() != supports.length) {
      throw new IllegalArgumentException("supports, factor and gradient differ in dimension");
    }
    if (!(stepSize > 0) || leapfrogSteps < 1) {
      throw new IllegalArgumentException("step size " + stepSize + ", leapfrog steps "
          + leapfrogSteps);
    }
  }

  /** This move with step size {@code h}. */
  public HamiltonianMove withStepSize(double h) {
    return new HamiltonianMove(supports, factor, h, leapfrogSteps, gradient, correction);
  }

  /** One step at inverse temperature {@code beta} from the complete trace {@code current}. */
  public <A> Move<A> step(Trace<A> current, double beta, Rng rng) {
    int d = supports.length;
    double[] p = new double[d];
    for (int k = 0; k < d; k++) {
      p[k] = rng.nextGaussian();
    }
    double u01 = rng.nextDouble();
    List<Choice> choices = current.choices();
    if (!Replay.replayable(current) || choices.size() != d) {
      return Move.stay(current, true);
    }
    SiteTransform[] transforms = new SiteTransform[d];
    double[] u = new double[d];
    double logJacobians = 0;
    for (int k = 0; k < d; k++) {
      Optional<RealSite> site = RealSite.at(choices, k, SiteTransform::of);
      if (site.isEmpty() || !site.get().support().equals(supports[k])) {
        return Move.stay(current, true);
      }
      transforms[k] = site.get().transform();
      u[k] = site.get().unconstrained(choices);
      logJacobians -= transforms[k].logJacobian(u[k]);
    }
    double kinetic = half(p);
    double[] g = new double[d];
    if (!gradientAt(u, g)) {
      return Move.stay(current, false);
    }
    kick(p, g, stepSize / 2);
    for (int l = 1; l <= leapfrogSteps; l++) {
      drift(u, p);
      if (!gradientAt(u, g)) {
        return Move.stay(current, false);
      }
      kick(p, g, l < leapfrogSteps ? stepSize : stepSize / 2);
    }
    Object[] values = new Object[d];
    int[] positions = new int[d];
    for (int k = 0; k < d; k++) {
      double x = transforms[k].constrain(u[k]);
      if (!Double.isFinite(x)) {
        return Move.stay(current, false);
      }
      positions[k] = k;
      values[k] = RealSite.sameKind(choices.get(k).value(), x);
      logJacobians += transforms[k].logJacobian(u[k]);
    }
    Replay.Outcome<A> outcome = Replay.withValues(current, positions, values);
    if (outcome.trace().isEmpty()) {
      return Move.stay(current, outcome.pathChanged());
    }
    Trace<A> proposed = outcome.trace().get();
    double logRatio = TemperedTarget.logDensity(proposed, beta)
        - TemperedTarget.logDensity(current, beta) + logJacobians;
    if (correction == Correction.MOMENTUM) {
      logRatio += kinetic - half(p);
    }
    return Math.log(u01) < logRatio ? new Move<>(proposed, true, false)
        : Move.stay(current, false);
  }

  /** Writes the gradient at {@code u} into {@code g}; false where it cannot be had. */
  private boolean gradientAt(double[] u, double[] g) {
    double value;
    try {
      value = gradient.logDensity(u.clone(), g);
    } catch (RuntimeException e) {
      return false; // a parameter left its domain: the point is rejected
    }
    if (!(value > Double.NEGATIVE_INFINITY) || Double.isNaN(value)) {
      return false;
    }
    for (double x : g) {
      if (!Double.isFinite(x)) {
        return false;
      }
    }
    return true;
  }

  /** {@code p += h L^T g}. */
  private void kick(double[] p, double[] g, double h) {
    int d = p.length;
    for (int m = 0; m < d; m++) {
      double s = 0;
      for (int k = m; k < d; k++) {
        s += factor[k][m] * g[k];
      }
      p[m] += h * s;
    }
  }

  /** {@code u += h L p}. */
  private void drift(double[] u, double[] p) {
    int d = u.length;
    for (int k = 0; k < d; k++) {
      double s = 0;
      for (int m = 0; m <= k; m++) {
        s += factor[k][m] * p[m];
      }
      u[k] += stepSize * s;
    }
  }

  private static double half(double[] p) {
    double s = 0;
    for (double x : p) {
      s += x * x;
    }
    return s / 2;
  }
}
