package org.ppl4j.inference.smc;

import java.util.ArrayList;
import java.util.List;
import org.ppl4j.inference.population.Population;
import org.ppl4j.inference.sequential.Sequential;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.random.Rng;

/**
 * Sequential Monte Carlo with adaptive resampling at every {@code score}: the composition
 * {@code finish ∘ (resampleIfDegenerate ∘ advance)^k} of monad-bayes' {@code smc} (Ścibior et
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
    Population<Sequential<A>> population =
        Population.spawn(config.particles(), Sequential.start(model, 0.0));
    List<Double> essHistory = new ArrayList<>();
    int resamplings = 0;
    while (true) {
      population = population.advance(rng, config.parallelism());
      if (population.allFinished()) {
        break;
      }
      essHistory.add(population.kishEss());
      Population<Sequential<A>> next =
          population.resampleIfDegenerate(config.essThreshold(), config.resampler(), rng);
      if (next != population) {
        resamplings++;
      }
      population = next;
    }
    return result(population, essHistory, resamplings);
  }

  /** The result of a finished population: its live particles, their values, the evidence. */
  public static <A> SmcResult<Sequential<A>, A> result(
      Population<Sequential<A>> finished, List<Double> essHistory, int resamplings) {
    Population<Sequential<A>> population = finished.withoutDead();
    return new SmcResult<>(population, population.values(Sequential::value),
        population.logEvidenceEstimate(), toArray(essHistory), resamplings);
  }

  static double[] toArray(List<Double> xs) {
    double[] out = new double[xs.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = xs.get(i);
    }
    return out;
  }
}
