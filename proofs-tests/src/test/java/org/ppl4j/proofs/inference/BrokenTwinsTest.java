package org.ppl4j.proofs.inference;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ppl4j.inference.parallel.Parallelism;
import org.ppl4j.inference.resampling.Resampler;
import org.ppl4j.inference.smc.Smc;
import org.ppl4j.inference.smc.SmcConfig;
import org.ppl4j.inference.traced.SingleSiteMh;
import org.ppl4j.inference.traced.Trace;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.random.Rng;

/**
 * Deliberately wrong samplers that the statistical checks must reject, so that a pass of
 * {@link KernelInvarianceTest} and {@link ReferenceAnswersTest} means something. Each twin runs
 * through the same check, with the same seed, N and level, as the real sampler; the test passes
 * only when the check fails. (The SBC twins are in {@link SimulationBasedCalibrationTest} and
 * {@code NutsSbcTest}; the exact-enumeration twins in {@link McmcExactnessTest} and
 * {@link SmcExactnessTest}.)
 */
class BrokenTwinsTest {

  /**
   * Single-site MH without the trace-size term of its acceptance ratio (the correction for a
   * proposal that changes the number of choices, Wingate, Stuhlmüller and Goodman 2011): on a
   * program whose structure changes with a choice it no longer leaves the posterior invariant,
   * and {@link KernelInvarianceTest}'s chi-square test (N = 10,000, 5 steps, level 1e-4) must
   * say so.
   */
  @Test
  void mhWithoutTheTraceSizeTermFailsKernelInvariance() {
    Model<Integer> model = DiscreteModels.changingStructure();
    AssertionError e = assertThrows(AssertionError.class, () ->
        KernelInvarianceTest.assertKernelInvariant("broken MH", model,
            BrokenTwinsTest::brokenStep));
    assertTrue(e.getMessage().contains("chi-square"), e.getMessage());
  }

  private static Trace<Integer> brokenStep(Trace<Integer> current, Rng rng) {
    SingleSiteMh.Proposal<Integer> p = SingleSiteMh.propose(current, rng);
    double logRatio = p.logAcceptanceRatio();
    if (logRatio > Double.NEGATIVE_INFINITY) {
      logRatio -= Math.log(current.choices().size()) - Math.log(p.trace().choices().size());
    }
    return SingleSiteMh.accept(logRatio, rng) ? p.trace() : current;
  }

  /**
   * SMC whose resampler draws ancestors in proportion to the squared weights (it targets
   * prior x likelihood^2, a posterior too narrow and pulled towards the data): the replicated
   * posterior mean of {@link ReferenceAnswersTest} (R = 30, |z| &lt;= 4.5) must reject it on the
   * beta-bernoulli model it uses for SMC.
   */
  @Test
  void smcWithASharpenedResamplerFailsTheReferenceAnswers() {
    boolean[] flips = ReferenceModels.flips(40, 0.7, Rng.seeded(11));
    Model<Double> model = ReferenceModels.betaBernoulli(2, 2, flips);
    ReferenceModels.Exact exact = ReferenceModels.betaBernoulliExact(2, 2, flips);
    Resampler squared = new Resampler() {
      @Override
      public int[] ancestors(double[] probabilities, Rng rng) {
        double[] sharpened = new double[probabilities.length];
        double total = 0;
        for (int i = 0; i < sharpened.length; i++) {
          sharpened[i] = probabilities[i] * probabilities[i];
          total += sharpened[i];
        }
        for (int i = 0; i < sharpened.length; i++) {
          sharpened[i] /= total;
        }
        return Resampler.systematic().ancestors(sharpened, rng);
      }

      @Override
      public String name() {
        return "squared-weights";
      }
    };
    SmcConfig broken = new SmcConfig(500, squared, 1.0, Parallelism.allCores());
    AssertionError e = assertThrows(AssertionError.class, () ->
        ReferenceAnswersTest.checkPopulationMethod("broken smc beta-bernoulli",
            rng -> Smc.run(model, broken, rng), exact, false));
    assertTrue(e.getMessage().contains("posterior"), e.getMessage());
  }
}
