package org.ppl4j.inference.kernels;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.ppl4j.inference.traced.Choice;
import org.ppl4j.inference.traced.Trace;
import org.ppl4j.semantics.dist.Support;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.RealValue;

/**
 * Gaussian random-walk Metropolis (Metropolis et al. 1953; Roberts, Gelman and Gilks 1997 for
 * the 2.38/sqrt(d) scaling) on some scalar continuous sites of a trace, in their unconstrained
 * coordinates: {@code u' = u + L z} with {@code z} standard normal and {@code L} a fixed lower
 * triangular factor (a single site: {@code L} = its step size). The proposal is symmetric in
 * {@code u}, so
 * <pre>
 *   log a = log pi_beta(x') - log pi_beta(x) + sum_k [log|J_k(u'_k)| - log|J_k(u_k)|]
 * </pre>
 * with {@code pi_beta = prior * likelihood^beta} ({@link TemperedTarget}). Every other choice is
 * kept ({@link Replay}); a proposal that changes the program's path, or a trace whose sites do
 * not have the supports the kernel was built for, is rejected. The kernel leaves
 * {@code pi_beta} invariant; {@code proofs-tests} checks it by a chi-square test from exact
 * posterior draws, and checks that the same kernel without the Jacobian term fails it.
 *
 * @param positions increasing positions of the moved sites
 * @param supports the support each moved site must have
 * @param factor the lower triangular factor {@code L} of the proposal covariance, d x d
 * @param transforms the transform of each support (normally {@link SiteTransform#of})
 */
public record RandomWalk(int[] positions, Support[] supports, double[][] factor,
    Function<Support, Optional<SiteTransform>> transforms) {

  /** Copies the arrays; requires as many supports and factor rows as positions. */
  public RandomWalk {
    positions = positions.clone();
    supports = supports.clone();
    double[][] copy = new double[factor.length][];
    for (int i = 0; i < factor.length; i++) {
      copy[i] = factor[i].clone();
    }
    factor = copy;
    if (supports.length != positions.length || factor.length != positions.length) {
      throw new IllegalArgumentException("positions, supports and factor differ in size");
    }
  }

  /** A walk on one site with step size {@code scale} (in unconstrained units). */
  public static RandomWalk single(RealSite site, double scale,
      Function<Support, Optional<SiteTransform>> transforms) {
    return new RandomWalk(new int[] {site.position()}, new Support[] {site.support()},
        new double[][] {{scale}}, transforms);
  }

  /** One step at inverse temperature {@code beta} from the complete trace {@code current}. */
  public <A> Move<A> step(Trace<A> current, double beta, Rng rng) {
    int d = positions.length;
    List<Choice> choices = current.choices();
    double[] z = new double[d];
    for (int k = 0; k < d; k++) {
      z[k] = rng.nextGaussian();
    }
    double u = rng.nextDouble();
    if (d == 0 || !Replay.replayable(current) || positions[d - 1] >= choices.size()) {
      return Move.stay(current, true);
    }
    Object[] values = new Object[d];
    double logJacobians = 0;
    for (int k = 0; k < d; k++) {
      Choice c = choices.get(positions[k]);
      Optional<SiteTransform> t = transforms.apply(supports[k]);
      if (t.isEmpty() || !c.site().distribution().support().equals(supports[k])
          || !(c.value() instanceof Double || c.value() instanceof RealValue)) {
        return Move.stay(current, true);
      }
      double from = t.get().unconstrain(RealSite.real(c.value()));
      double to = from;
      for (int m = 0; m <= k; m++) {
        to += factor[k][m] * z[m];
      }
      double x = t.get().constrain(to);
      if (!Double.isFinite(x)) {
        return Move.stay(current, false);
      }
      values[k] = RealSite.sameKind(c.value(), x);
      logJacobians += t.get().logJacobian(to) - t.get().logJacobian(from);
    }
    Replay.Outcome<A> outcome = Replay.withValues(current, positions, values);
    if (outcome.trace().isEmpty()) {
      return Move.stay(current, outcome.pathChanged());
    }
    Trace<A> proposed = outcome.trace().get();
    double logRatio = TemperedTarget.logDensity(proposed, beta)
        - TemperedTarget.logDensity(current, beta) + logJacobians;
    return Math.log(u) < logRatio ? new Move<>(proposed, true, false) : Move.stay(current, false);
  }
}
