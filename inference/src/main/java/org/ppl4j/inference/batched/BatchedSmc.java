package org.ppl4j.inference.batched;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.LongConsumer;
import org.ppl4j.inference.smc.SmcConfig;
import org.ppl4j.semantics.posterior.Empirical;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.transform.ParticleProgram;
import org.ppl4j.semantics.value.Value;

/**
 * Sequential Monte Carlo over a batched population: the composition
 * {@code sequentially(advance, resampleIfDegenerate) ∘ spawn} of {@code Smc.run} (Ścibior et
 * al., POPL 2018, §6; Del Moral, Doucet and Jasra 2006) with the population held as arrays
 * ({@link BatchedPopulation}) instead of one suspended program per particle. The blocks have the
 * per-particle blocks' meaning, so the final weighted population is properly weighted for the
 * posterior and its total mass is the unbiased SMC estimate of the evidence; the exactness tests
 * of the blocks run on both paths ({@code proofs-tests} {@code BatchedSmcTest}).
 *
 * <p>The loop below is {@code Sweep.sequentially} written over the batched population (its
 * blocks mutate arrays in place rather than return populations); the ESS history and the
 * resampling count are recorded as there.
 */
public final class BatchedSmc {
  private BatchedSmc() {}

  /**
   * The outcome of a batched run.
   *
   * @param draws the finished particles' results and log weights, with the log evidence
   * @param essHistory the Kish ESS after each score, in order
   * @param resamplings how many times the population was resampled
   * @param distinct the number of distinct results
   * @param peakArrays the most node arrays (each {@code double[particles]}) live at once
   */
  public record Result(Empirical<Value> draws, double[] essHistory, int resamplings,
      int distinct, int peakArrays) {
    /** Copies the history. */
    public Result {
      essHistory = essHistory.clone();
    }

    @Override
    public double[] essHistory() {
      return essHistory.clone();
    }
  }

  /**
   * Runs SMC on {@code program} with {@code config}'s particles, resampler, threshold and
   * threads; {@code onScore} is told the particle count after each score (progress).
   *
   * @throws BatchFallback when the run meets what only the per-particle run reports (the
   *     caller runs that instead)
   */
  public static Result run(ParticleProgram program, SmcConfig config, Rng rng,
      LongConsumer onScore) {
    int n = config.particles();
    BatchedPopulation population = new BatchedPopulation(program, n, config.parallelism());
    double[] ess = new double[16];
    int steps = 0;
    int resamplings = 0;
    while (true) {
      population.advance(rng);
      if (population.finished()) {
        break;
      }
      onScore.accept(n);
      if (steps == ess.length) {
        ess = Arrays.copyOf(ess, 2 * steps);
      }
      ess[steps++] = population.kishEss();
      if (population.resampleIfDegenerate(config.essThreshold(), config.resampler(), rng)) {
        resamplings++;
      }
    }
    return result(population, n, Arrays.copyOf(ess, steps), resamplings);
  }

  private static Result result(BatchedPopulation population, int n, double[] ess,
      int resamplings) {
    double[] logWeights = population.logWeights();
    List<Value> values = new ArrayList<>(n);
    double[] kept = new double[n];
    int live = 0;
    for (int p = 0; p < n; p++) {
      if (logWeights[p] != Double.NEGATIVE_INFINITY) {
        values.add(population.result(p));
        kept[live++] = logWeights[p];
      }
    }
    if (live == 0) {
      throw new BatchFallback("every particle has weight zero");
    }
    Empirical<Value> draws = new Empirical<>(values, Arrays.copyOf(kept, live),
        OptionalDouble.of(population.logEvidenceEstimate()));
    int distinct = new java.util.HashSet<>(values).size();
    return new Result(draws, ess, resamplings, distinct, population.peakArrays());
  }

}
