package org.ppl4j.inference.population;

import java.util.function.BiFunction;
import org.ppl4j.inference.parallel.Parallelism;
import org.ppl4j.inference.resampling.Resampler;
import org.ppl4j.semantics.random.Rng;

/**
 * A building block of population-based inference: a transformation of a {@link Population}
 * that draws from a given generator (the transformations of monad-bayes' {@code Population} and
 * {@code Sequential}; Ścibior et al., "Denotational validation of higher-order Bayesian
 * inference", POPL 2018, §5-6). Algorithms are compositions of blocks: SMC is
 * {@code sequentially(advance, resampleIfDegenerate)}, resample-move SMC adds
 * {@code .thenIfChanged(move)}, importance sampling is {@code finish} alone.
 *
 * <p>Each factory's Javadoc says what the block preserves and which test proves it. A block
 * draws only from the generator it is given, in a fixed order (per-particle generators are
 * split off it by index before any parallel work), so a composition gives the same result for
 * a seed whatever the number of threads ({@code DeterminismTest}).
 *
 * @param <P> the particle type
 */
@FunctionalInterface
public interface Block<P extends Particle<P>> {

  /** The transformed population. */
  Population<P> apply(Population<P> population, Rng rng);

  /** This block, then {@code next}, both drawing from the same generator in that order. */
  default Block<P> then(Block<P> next) {
    return (population, rng) -> next.apply(apply(population, rng), rng);
  }

  /**
   * This block, then {@code next} only when this block returned a new population (e.g. a move
   * after a resampling, not after a skipped one).
   */
  default Block<P> thenIfChanged(Block<P> next) {
    return (population, rng) -> {
      Population<P> out = apply(population, rng);
      return out == population ? out : next.apply(out, rng);
    };
  }

  /**
   * Runs every particle to and through its next score ({@link Population#advance}). Preserves
   * the measure the population denotes (each particle's own measure: {@code finish ∘ advance =
   * finish}), checked by
   * {@code InvariantsTest.smcWithoutScoresIsForwardSamplingWithLogEvidenceZero} and exactly by
   * {@code SmcExactnessTest.smcIsUnbiasedAndProper}.
   */
  static <P extends Particle<P>> Block<P> advance(Parallelism parallelism) {
    return (population, rng) -> population.advance(rng, parallelism);
  }

  /**
   * Runs every particle to its end ({@link Population#finish}, which applies
   * {@link Particle#finish}). Preserves the measure as {@link #advance} does; importance
   * sampling is {@code finish ∘ spawn}, exact in expectation
   * ({@code SmcExactnessTest.importanceSamplingIsUnbiasedAndProper}).
   */
  static <P extends Particle<P>> Block<P> finish(Parallelism parallelism) {
    return (population, rng) -> population.finish(rng, parallelism);
  }

  /**
   * Resamples with {@code resampler} ({@link Population#resample}). Keeps the particle count
   * and the total weight exactly
   * ({@code InvariantsTest.resamplingKeepsCountAndTotalWeightAndSkipsDeadParticles}) and, for an
   * unbiased scheme, the measure in expectation ({@code SmcExactnessTest.smcIsUnbiasedAndProper};
   * its broken twin fails {@code aResamplerThatDropsItsLastOffspringIsCaught}).
   */
  static <P extends Particle<P>> Block<P> resample(Resampler resampler) {
    return (population, rng) -> population.resample(resampler, rng);
  }

  /**
   * Resamples when the Kish ESS falls below {@code essThreshold * n}, else returns the
   * population itself ({@link Population#resampleIfDegenerate}). Preserves what
   * {@link #resample} preserves; the choice depends on the weights only.
   */
  static <P extends Particle<P>> Block<P> resampleIfDegenerate(
      double essThreshold, Resampler resampler) {
    return (population, rng) -> population.resampleIfDegenerate(essThreshold, resampler, rng);
  }

  /**
   * Applies the Markov kernel {@code kernel} to every particle, weights unchanged
   * ({@link Population#map}). When the kernel leaves each particle's current target invariant
   * (single-site MH on a partial trace: {@code KernelInvarianceTest}, {@code McmcExactnessTest})
   * the population stays properly weighted (Gilks and Berzuini 2001).
   */
  static <P extends Particle<P>> Block<P> move(
      BiFunction<? super P, Rng, ? extends P> kernel, Parallelism parallelism) {
    return (population, rng) -> population.map(kernel, rng, parallelism);
  }

  /**
   * Repeats {@code advance} and, while some particle is unfinished, {@code between}, until every
   * particle has finished; see {@link Sweep#sequentially}.
   */
  static <P extends Particle<P>> Sweep.Runner<P> sequentially(
      Block<P> advance, Block<P> between) {
    return (start, rng) -> Sweep.sequentially(start, advance, between, rng);
  }
}
