package org.ppl4j.inference.population;

import java.util.Arrays;
import org.ppl4j.semantics.random.Rng;

/**
 * The outcome of a sequential sweep: the population once every particle has finished (or
 * died), the Kish ESS measured after each advance that left some particle unfinished (before
 * anything else happened to the population), and how many of the steps between advances
 * changed the population (resampled it).
 *
 * @param population the final population (weights unnormalised)
 * @param essHistory the Kish ESS after each such advance, in order
 * @param resamplings the number of steps after which the population was a new one
 * @param <P> the particle type
 */
public record Sweep<P extends Particle<P>>(Population<P> population, double[] essHistory,
    int resamplings) {

  /** Copies the history. */
  public Sweep {
    essHistory = essHistory.clone();
  }

  @Override
  public double[] essHistory() {
    return essHistory.clone();
  }

  /** A sweep from a start population to its {@link Sweep}, drawing from a generator. */
  @FunctionalInterface
  public interface Runner<P extends Particle<P>> {
    /** The sweep of {@code start}. */
    Sweep<P> run(Population<P> start, Rng rng);
  }

  /**
   * The combinator {@code finish ∘ (between ∘ advance)^k}: applies {@code advance}, stops when
   * every particle has finished or died, else records the ESS, applies {@code between} and
   * repeats. It preserves what its blocks preserve (a composition of measure-preserving blocks
   * preserves the measure), so with {@link Block#advance} and an unbiased resampler the final
   * population is properly weighted and its mass an unbiased evidence estimate
   * ({@code SmcExactnessTest}); it draws exactly what the explicit SMC loop draws
   * ({@code BlocksTest.sequentiallyIsTheSmcLoopDrawForDraw}). A later target sequence (annealed targets of tempered SMC)
   * plugs in as another {@code advance} block whose particles finish at the last target.
   */
  public static <P extends Particle<P>> Sweep<P> sequentially(
      Population<P> start, Block<P> advance, Block<P> between, Rng rng) {
    Population<P> population = start;
    double[] ess = new double[16];
    int steps = 0;
    int changes = 0;
    while (true) {
      population = advance.apply(population, rng);
      if (population.allFinished()) {
        return new Sweep<>(population, Arrays.copyOf(ess, steps), changes);
      }
      if (steps == ess.length) {
        ess = Arrays.copyOf(ess, 2 * steps);
      }
      ess[steps++] = population.kishEss();
      Population<P> next = between.apply(population, rng);
      if (next != population) {
        changes++;
      }
      population = next;
    }
  }
}
