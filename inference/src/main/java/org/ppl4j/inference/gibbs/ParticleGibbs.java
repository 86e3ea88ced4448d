package org.ppl4j.inference.gibbs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ppl4j.inference.mh.MarkovChain;
import org.ppl4j.inference.mh.MhResult;
import org.ppl4j.inference.parallel.Chains;
import org.ppl4j.inference.population.Block;
import org.ppl4j.inference.population.Population;
import org.ppl4j.inference.resampling.Resampler;
import org.ppl4j.inference.traced.Trace;
import org.ppl4j.inference.traced.TracedParticle;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.random.Rng;

/**
 * Particle Gibbs: iterated conditional SMC (Andrieu, Doucet and Holenstein, "Particle Markov
 * chain Monte Carlo methods", JRSS B 2010, §2.4.3). A sweep is SMC over traced particles in
 * which particle 0 replays the current trace (the reference) and keeps itself as its own
 * ancestor at every multinomial resampling; the next state is one particle of the final
 * population drawn by weight. The sweep leaves the exact posterior over complete traces
 * invariant for any number of particles, which {@code proofs-tests} checks by enumeration
 * ({@code McmcExactnessTest}).
 *
 * <p>As a composition: {@code pick ∘ sequentially(advance, keepReference ∘ resample) ∘ pin ∘
 * spawn}, the {@link Block}s of {@link org.ppl4j.inference.smc.Smc} with the reference particle
 * pinned; the chains are {@link Chains#run} of a {@link MarkovChain} of sweeps.
 */
public final class ParticleGibbs {
  private ParticleGibbs() {}

  /**
   * Runs the chains in parallel; a chain starts from one particle of an unconditional SMC
   * sweep.
   *
   * @throws org.ppl4j.inference.population.ZeroWeightException if the first sweep dies
   */
  public static <A> MhResult<A> run(Model<A> model, ParticleGibbsConfig config, Rng rng) {
    MarkovChain.Schedule schedule =
        new MarkovChain.Schedule(config.warmup(), config.samples(), 1, 1);
    return MhResult.of(Chains.run(config.chains(), rng, config.parallelism(), (c, r) ->
        MarkovChain.run(sweep(model, Optional.empty(), config, r),
            (state, s) -> sweep(model, Optional.of(state), config, s),
            (state, ignored) -> state.value(), schedule, r, steps -> { })));
  }

  /**
   * One conditional SMC sweep given {@code reference} (a complete trace of positive weight),
   * or an unconditional SMC sweep when it is empty; returns the complete trace drawn from the
   * final population (the reference object itself when particle 0 is drawn).
   */
  public static <A> Trace<A> sweep(Model<A> model, Optional<Trace<A>> reference,
      ParticleGibbsConfig config, Rng rng) {
    Population<TracedParticle<A>> start =
        Population.spawn(config.particles(), TracedParticle.start(model));
    Block<TracedParticle<A>> resample = Block.resample(Resampler.multinomial());
    if (reference.isPresent()) {
      start = pinned(start, start.particle(0).withReference(reference.get()));
      resample = keepingReference(resample);
    }
    Population<TracedParticle<A>> last = Block.sequentially(
        Block.<TracedParticle<A>>advance(config.parallelism()), resample).run(start, rng)
        .population();
    TracedParticle<A> chosen = last.particle(last.drawIndex(rng));
    return chosen.reference().orElse(chosen.trace());
  }

  /** {@code block}, after which particle 0 is again the reference particle as it was before. */
  private static <A> Block<TracedParticle<A>> keepingReference(Block<TracedParticle<A>> block) {
    return (population, rng) -> {
      TracedParticle<A> reference = population.particle(0);
      Population<TracedParticle<A>> out = block.apply(population, rng);
      return pinned(out, reference.withLogWeight(out.particle(0).logWeight()));
    };
  }

  /** The population with every particle free except particle 0, which becomes {@code p}. */
  private static <A> Population<TracedParticle<A>> pinned(
      Population<TracedParticle<A>> population, TracedParticle<A> p) {
    List<TracedParticle<A>> list = new ArrayList<>(population.size());
    list.add(p);
    for (int i = 1; i < population.size(); i++) {
      list.add(population.particle(i).free());
    }
    return Population.of(list, population.logEvidence());
  }
}
