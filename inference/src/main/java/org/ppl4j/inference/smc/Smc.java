package org.ppl4j.inference.smc;

import org.ppl4j.inference.population.Block;
import org.ppl4j.inference.population.Population;
import org.ppl4j.inference.sequential.Sequential;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.random.Rng;

/**
 * Sequential Monte Carlo with adaptive resampling at every {@code score}: the composition
 * {@code sequentially(advance, resampleIfDegenerate) ∘ spawn}, i.e.
 * {@code (resampleIfDegenerate ∘ advance)^k ∘ spawn} until every particle has finished, of
 * the {@link Block}s of monad-bayes' {@code smc} (Ścibior et
 * al., POPL 2018, §6; Del Moral, Doucet and Jasra, "Sequential Monte Carlo samplers", 2006).
 *
 * <p>Each block preserves the population's measure in expectation, so the final weighted
 * population is properly weighted for the posterior and its total mass is an unbiased estimate
 * of the evidence; {@code proofs-tests} checks both exactly by enumerating the algorithm's own
 * draws, and statistically against conjugate, forward-backward and Kalman-filter answers.
 */
public final class Smc {
  private Smc() {}

  /**
   * Runs SMC on {@code model}.
   *
   * @throws org.ppl4j.inference.population.ZeroWeightException if every particle dies
   */
  public static <A> SmcResult<Sequential<A>, A> run(Model<A> model, SmcConfig config, Rng rng) {
    Population<Sequential<A>> start =
        Population.spawn(config.particles(), Sequential.start(model, 0.0));
    return SmcResult.of(Block.sequentially(Block.<Sequential<A>>advance(config.parallelism()),
            Block.resampleIfDegenerate(config.essThreshold(), config.resampler()))
        .run(start, rng), Sequential::value);
  }
}
