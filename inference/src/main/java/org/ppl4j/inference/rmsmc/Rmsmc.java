package org.ppl4j.inference.rmsmc;

import org.ppl4j.inference.kernels.Proposal;
import org.ppl4j.inference.kernels.SiteKernel;
import org.ppl4j.inference.kernels.StepSizes;
import org.ppl4j.inference.population.Block;
import org.ppl4j.inference.population.Population;
import org.ppl4j.inference.smc.SmcConfig;
import org.ppl4j.inference.smc.SmcResult;
import org.ppl4j.inference.traced.Trace;
import org.ppl4j.inference.traced.TracedParticle;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.random.Rng;

/**
 * Resample-move SMC (Gilks and Berzuini, "Following a moving target — Monte Carlo inference for
 * dynamic Bayesian models", JRSS B 2001; monad-bayes' {@code rmsmc}): SMC over traced particles
 * where every resampling is followed by {@code mcmcSteps} single-site MH steps on each
 * particle: {@code sequentially(advance, move ∘ resampleIfDegenerate) ∘ spawn}, the move applied
 * only after an actual resampling ({@link Block#thenIfChanged}). Each MH step leaves the current
 * partial posterior invariant, so the population stays properly weighted while the moves
 * restore the diversity resampling removes. The moves are those of {@code --method mh}
 * ({@link RmsmcConfig#proposal()}): with {@code auto} or {@code rw}, a {@link SiteKernel} whose
 * random-walk scale at each position is 2.38 times the resampled cloud's sd there
 * ({@link StepSizes#ofCloud}: learned from the population, fixed during the move, so each move
 * is one MH kernel); with {@code prior}, prior re-draws.
 *
 * <p>Validated in {@code proofs-tests}: the MH kernel's exact and chi-square invariance,
 * conjugate and forward-algorithm answers (moments, evidence), simulation-based calibration on
 * three models, and identical results on one and four threads.
 */
public final class Rmsmc {
  private Rmsmc() {}

  /**
   * Runs resample-move SMC on {@code model}.
   *
   * @throws org.ppl4j.inference.population.ZeroWeightException if every particle dies
   */
  public static <A> SmcResult<TracedParticle<A>, A> run(
      Model<A> model, RmsmcConfig config, Rng rng) {
    SmcConfig smc = config.smc();
    Block<TracedParticle<A>> resampleMove = Block.<TracedParticle<A>>resampleIfDegenerate(
            smc.essThreshold(), smc.resampler())
        .thenIfChanged(move(config));
    Population<TracedParticle<A>> start =
        Population.spawn(smc.particles(), TracedParticle.start(model));
    return SmcResult.of(Block.sequentially(Block.<TracedParticle<A>>advance(smc.parallelism()),
        resampleMove).run(start, rng), p -> p.trace().value());
  }

  /** The move block of {@code config}: MH steps on every particle, weights unchanged. */
  static <A> Block<TracedParticle<A>> move(RmsmcConfig config) {
    int steps = config.mcmcSteps();
    if (config.proposal() == Proposal.PRIOR) {
      return Block.move((p, r) -> p.move(steps, r), config.smc().parallelism());
    }
    SiteKernel kernel = SiteKernel.of(config.proposal());
    return (population, rng) -> {
      StepSizes sizes = StepSizes.ofCloud(population.values(TracedParticle::trace));
      return Block.<TracedParticle<A>>move((p, r) -> {
        Trace<A> t = p.trace();
        for (int s = 0; s < steps; s++) {
          t = kernel.step(t, sizes, 1.0, r).trace();
        }
        return new TracedParticle<>(t, p.logWeight(), p.reference());
      }, config.smc().parallelism()).apply(population, rng);
    };
  }
}
