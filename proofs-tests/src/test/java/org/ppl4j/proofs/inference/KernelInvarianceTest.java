package org.ppl4j.proofs.inference;

import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.ppl4j.inference.parallel.Parallelism;
import org.ppl4j.inference.pmmh.Pmmh;
import org.ppl4j.inference.pmmh.PmmhConfig;
import org.ppl4j.inference.pmmh.PmmhState;
import org.ppl4j.inference.resampling.Resampler;
import org.ppl4j.inference.smc.Smc;
import org.ppl4j.inference.smc.SmcConfig;
import org.ppl4j.inference.traced.SingleSiteMh;
import org.ppl4j.inference.traced.Trace;
import org.ppl4j.inference.traced.Traced;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.random.Rng;

/**
 * Invariance of the MCMC kernels with ordinary random numbers (validation layer 3): draw
 * N = 10,000 exact posterior states by rejection (every score here is at most 1, so a prior
 * execution is accepted with probability exp(logLikelihood); for PMMH the extended target is
 * drawn the same way with the bound Z^ &lt;= 4/3), apply k = 5 kernel steps to each, and test
 * the returned values against the exact posterior by Pearson's chi-square at level 1e-4.
 */
class KernelInvarianceTest {
  static final int N = 10_000;
  static final int STEPS = 5;
  static final long SEED = 99L;

  static int[] counts(Map<Integer, Double> exact) {
    return new int[exact.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow() + 1];
  }

  static double[] expected(Map<Integer, Double> unnormalised, int size) {
    double z = ExactEnumeration.evidence(unnormalised);
    double[] p = new double[size];
    unnormalised.forEach((k, v) -> p[k] = v / z);
    return p;
  }

  static Trace<Integer> exactDraw(Model<Integer> model, Rng rng) {
    while (true) {
      Trace<Integer> t = Traced.run(model, Integer.MAX_VALUE, rng);
      if (rng.nextDouble() < Math.exp(t.logLikelihood())) {
        return t;
      }
    }
  }

  @Test
  void singleSiteMhLeavesTheExactPosteriorInvariant() {
    for (Model<Integer> model : new Model[] {
        DiscreteModels.changingStructure(), DiscreteModels.twoSteps()}) {
      assertKernelInvariant("single-site MH", model, SingleSiteMh::step);
    }
  }

  /**
   * Draws N exact posterior states of {@code model}, applies {@code STEPS} of {@code kernel} to
   * each, and asserts that the values match the exact posterior (chi-square, level 1e-4).
   */
  static void assertKernelInvariant(String what, Model<Integer> model,
      BiFunction<Trace<Integer>, Rng, Trace<Integer>> kernel) {
    Map<Integer, Double> exact = ExactEnumeration.unnormalised(model);
    Rng rng = Rng.seeded(SEED);
    int[] counts = counts(exact);
    for (int i = 0; i < N; i++) {
      Trace<Integer> t = exactDraw(model, rng);
      for (int s = 0; s < STEPS; s++) {
        t = kernel.apply(t, rng);
      }
      counts[t.value()]++;
    }
    MonteCarloCheck.assertMatches(what + ", " + STEPS + " steps", counts,
        expected(exact, counts.length), SEED);
  }

  @Test
  void pmmhLeavesTheExactPosteriorInvariant() {
    Model<Integer> model = DiscreteModels.parameterThenLatent();
    Map<Integer, Double> exact = ExactEnumeration.unnormalised(model);
    PmmhConfig config = new PmmhConfig(1, 0, 1,
        new SmcConfig(3, Resampler.multinomial(), 0.5, Parallelism.sequential()));
    Rng rng = Rng.seeded(SEED);
    int[] counts = counts(exact);
    double bound = 4.0 / 3.0;
    for (int i = 0; i < N; i++) {
      PmmhState<Integer> state;
      while (true) {
        Trace<Integer> parameters = Traced.run(model, 0, rng);
        state = new PmmhState<>(parameters, Smc.run(parameters.rest(), config.smc(), rng));
        if (rng.nextDouble() < Math.exp(state.logLikelihoodEstimate()) / bound) {
          break;
        }
      }
      for (int s = 0; s < STEPS; s++) {
        state = Pmmh.step(state, config, rng);
      }
      counts[state.filter().values().get(state.filter().population().drawIndex(rng))]++;
    }
    MonteCarloCheck.assertMatches("pmmh, " + STEPS + " steps", counts,
        expected(exact, counts.length), SEED);
  }
}
