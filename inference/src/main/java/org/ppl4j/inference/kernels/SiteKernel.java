package org.ppl4j.inference.kernels;

import java.util.Optional;
import java.util.function.Function;
import org.ppl4j.inference.traced.SingleSiteMh;
import org.ppl4j.inference.traced.Trace;
import org.ppl4j.semantics.dist.Support;
import org.ppl4j.semantics.random.Rng;

/**
 * A single-site MH kernel that mixes: pick one of the trace's {@code |T|} choices uniformly;
 * if it is a scalar continuous site (and the proposal allows), a random walk on it
 * ({@link RandomWalk}) with the position's step size; if it is finite discrete (at most
 * {@value EnumeratedGibbs#MAX_VALUES} values, proposals other than {@code prior}), with
 * probability 1/2 an {@link EnumeratedGibbs} move; otherwise a prior re-draw of it
 * ({@link SingleSiteMh#propose(Trace, int, Rng)}), whose ratio carries the {@code |T|/|T'|}
 * odds of the uniform pick. Both moves keep the picked site's kind (a random walk keeps the
 * path, a re-draw keeps the site's distribution), so the choice between them is a fixed function
 * of the picked site (a Gibbs move keeps the path too) and this is one valid MH kernel for {@code prior * likelihood^beta}, also
 * when the program's structure changes between traces.
 *
 * @param proposal which moves are used
 * @param transforms the transform of each support (normally {@link SiteTransform#of})
 */
public record SiteKernel(Proposal proposal,
    Function<Support, Optional<SiteTransform>> transforms) {

  /** The kernel with the standard transforms. */
  public static SiteKernel of(Proposal proposal) {
    return new SiteKernel(proposal, SiteTransform::of);
  }

  /**
   * One step from the complete trace {@code current} at inverse temperature {@code beta}, with
   * step sizes from {@code sizes}; the
   * move is recorded in {@code sizes} (which ignores it once frozen).
   */
  public <A> Move<A> step(Trace<A> current, StepSizes sizes, double beta, Rng rng) {
    int size = current.choices().size();
    if (size == 0) {
      return Move.stay(current, false);
    }
    int j = rng.nextInt(size);
    Optional<RealSite> site = proposal == Proposal.PRIOR ? Optional.empty()
        : RealSite.at(current.choices(), j, transforms);
    if (site.isEmpty() && proposal != Proposal.PRIOR && EnumeratedGibbs.applies(current, j)
        && rng.nextDouble() < 0.5) {
      return EnumeratedGibbs.step(current, j, beta, rng);
    }
    // AUTO mixes, with probability 1/2 each, the random walk and the prior re-draw on a
    // continuous site: the walk mixes where the posterior is far narrower than the prior, the
    // re-draw where the prior already carries the dependence (a state given its predecessor in
    // a time series); a state-independent mixture of invariant kernels is invariant
    boolean redraw = site.isEmpty() || (proposal == Proposal.AUTO && rng.nextDouble() < 0.5);
    if (redraw) {
      SingleSiteMh.Proposal<A> p = SingleSiteMh.propose(current, j, rng);
      double logRatio = TemperedTarget.temper(p.logAcceptanceRatio(), current, p.trace(), beta);
      return SingleSiteMh.accept(logRatio, rng)
          ? new Move<>(p.trace(), true, false) : Move.stay(current, false);
    }
    Move<A> move = RandomWalk.single(site.get(), sizes.scale(j), transforms)
        .step(current, beta, rng);
    sizes.record(j, move);
    return move;
  }
}
