package org.ppl4j.inference.importance;

import org.ppl4j.inference.parallel.Parallelism;
import org.ppl4j.inference.population.Block;
import org.ppl4j.inference.population.Population;
import org.ppl4j.inference.population.Sweep;
import org.ppl4j.inference.sequential.Sequential;
import org.ppl4j.inference.smc.SmcResult;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.random.Rng;

/**
 * Importance sampling with the prior as proposal (likelihood weighting): a {@link Population}
 * of {@code n} particles run to the end without resampling, i.e. {@code finish ∘ spawn(n)}.
 * Each particle's weight is the product of its scores, so the weighted population is properly
 * weighted and its mass an unbiased evidence estimate (the base case of Ścibior et al., POPL
 * 2018).
 *
 * <p>Validated in {@code proofs-tests}: exact expected evidence and weighted posterior under
 * enumeration, and conjugate posterior moments and evidence within 4.5 standard errors.
 */
public final class Importance {
  private Importance() {}

  /**
   * Runs {@code particles} independent weighted executions of {@code model}.
   *
   * @param particles number of draws, &gt;= 1
   * @throws org.ppl4j.inference.population.ZeroWeightException if every draw has weight zero
   */
  public static <A> SmcResult<Sequential<A>, A> run(
      Model<A> model, int particles, Rng rng, Parallelism parallelism) {
    Population<Sequential<A>> population = Block.<Sequential<A>>finish(parallelism)
        .apply(Population.spawn(particles, Sequential.start(model, 0.0)), rng);
    return SmcResult.of(new Sweep<>(population, new double[] {population.kishEss()}, 0),
        Sequential::value);
  }
}
