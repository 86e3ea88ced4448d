package org.ppl4j.inference.gibbs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ppl4j.inference.mh.MhResult;
import org.ppl4j.inference.population.Population;
import org.ppl4j.inference.resampling.Resampler;
import org.ppl4j.inference.rmsmc.TracedParticle;
import org.ppl4j.inference.traced.Trace;
import org.ppl4j.inference.traced.Traced;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.random.Rng;

/**
 * Particle Gibbs: iterated conditional SMC (Andrieu, Doucet and Holenstein, "Particle Markov
 * chain Monte Carlo methods", JRSS B 2010, §2.4.3). A sweep is SMC over traced particles in
 * which particle 0 replays the current trace (the reference) and keeps itself as its own
 * ancestor at every multinomial resampling; the next state is one particle of the final
 * population drawn by weight. The sweep leaves the exact posterior over complete traces
 * invariant for any number of particles, which {@code proofs-tests} checks by enumeration.
 *
 * <p>As a composition: {@code pick ∘ finish ∘ (keepReference ∘ resampleMultinomial ∘
 * advance)^k ∘ spawn}, the blocks of {@link org.ppl4j.inference.smc.Smc} with the reference
 * particle pinned.
 */
public final class ParticleGibbs {
  private ParticleGibbs() {}

  /**
   * Runs the chains; a chain starts from one particle of an unconditional SMC sweep.
   *
   * @throws org.ppl4j.inference.population.ZeroWeightException if the first sweep dies
   */
  public static <A> MhResult<A> run(Model<A> model, ParticleGibbsConfig config, Rng rng) {
    List<List<A>> chains = new ArrayList<>();
    double[] moved = new double[config.chains()];
    for (int c = 0; c < config.chains(); c++) {
      Rng chainRng = rng.split();
      Trace<A> state = sweep(model, Optional.empty(), config, chainRng);
      List<A> kept = new ArrayList<>(config.samples());
      int changes = 0;
      int steps = config.warmup() + config.samples();
      for (int s = 1; s <= steps; s++) {
        Trace<A> next = sweep(model, Optional.of(state), config, chainRng);
        if (next != state) {
          changes++;
        }
        state = next;
        if (s > config.warmup()) {
          kept.add(state.value());
        }
      }
      chains.add(kept);
      moved[c] = (double) changes / steps;
    }
    return new MhResult<>(chains, moved);
  }

  /**
   * One conditional SMC sweep given {@code reference} (a complete trace of positive weight),
   * or an unconditional SMC sweep when it is empty; returns the complete trace drawn from the
   * final population (the reference object itself when particle 0 is drawn).
   */
  public static <A> Trace<A> sweep(Model<A> model, Optional<Trace<A>> reference,
      ParticleGibbsConfig config, Rng rng) {
    TracedParticle<A> start = new TracedParticle<>(Traced.unstarted(model), 0.0);
    Population<TracedParticle<A>> population = Population.spawn(config.particles(), start);
    if (reference.isPresent()) {
      population = pinned(population, start.withLogWeight(population.particle(0).logWeight())
          .withReference(reference.get()));
    }
    while (true) {
      population = population.advance(rng, config.parallelism());
      if (population.allFinished()) {
        break;
      }
      TracedParticle<A> pinned = population.particle(0);
      population = population.resample(Resampler.multinomial(), rng);
      if (reference.isPresent()) {
        population = pinned(population, pinned.withLogWeight(population.particle(0).logWeight()));
      }
    }
    TracedParticle<A> chosen = population.particle(population.drawIndex(rng));
    return chosen.reference().isPresent() ? chosen.reference().get() : chosen.trace();
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
