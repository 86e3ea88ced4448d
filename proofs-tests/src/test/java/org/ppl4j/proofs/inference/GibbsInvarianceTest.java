package org.ppl4j.proofs.inference;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.ppl4j.inference.kernels.EnumeratedGibbs;
import org.ppl4j.inference.kernels.Proposal;
import org.ppl4j.inference.kernels.SiteKernel;
import org.ppl4j.inference.kernels.StepSizes;
import org.ppl4j.inference.traced.Trace;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.random.Rng;

/**
 * Invariance of the moves on finite discrete sites, as {@link KernelInvarianceTest} does for
 * single-site MH: N = 10,000 exact posterior draws (seed 99) of programs whose structure changes
 * ({@link DiscreteModels#changingStructure}, {@link DiscreteModels#twoSteps}) take 5 steps of
 * the kernel; the returned values must match the enumerated posterior by chi-square at level
 * 1e-4. Kernels: enumerated Gibbs alone on a uniformly picked site, and {@link SiteKernel} with
 * the {@code rw} proposal (Gibbs or prior re-draw, 1/2 each). A Gibbs move that weighs the
 * values at the wrong temperature (0.3 instead of 1) must fail.
 */
class GibbsInvarianceTest {

  static void check(String what, BiFunction<Trace<Integer>, Rng, Trace<Integer>> kernel) {
    for (Model<Integer> model : new Model[] {
        DiscreteModels.changingStructure(), DiscreteModels.twoSteps()}) {
      Map<Integer, Double> exact = ExactEnumeration.unnormalised(model);
      Rng rng = Rng.seeded(KernelInvarianceTest.SEED);
      int[] counts = KernelInvarianceTest.counts(exact);
      for (int i = 0; i < KernelInvarianceTest.N; i++) {
        Trace<Integer> t = KernelInvarianceTest.exactDraw(model, rng);
        for (int s = 0; s < KernelInvarianceTest.STEPS; s++) {
          t = kernel.apply(t, rng);
        }
        counts[t.value()]++;
      }
      MonteCarloCheck.assertMatches(what, counts,
          KernelInvarianceTest.expected(exact, counts.length), KernelInvarianceTest.SEED);
    }
  }

  static BiFunction<Trace<Integer>, Rng, Trace<Integer>> gibbs(double beta) {
    return (t, rng) -> {
      int j = rng.nextInt(t.choices().size());
      return EnumeratedGibbs.applies(t, j) ? EnumeratedGibbs.step(t, j, beta, rng).trace() : t;
    };
  }

  @Test
  void enumeratedGibbsLeavesThePosteriorInvariant() {
    check("enumerated Gibbs", gibbs(1.0));
  }

  @Test
  void theMixedSiteKernelLeavesThePosteriorInvariant() {
    SiteKernel kernel = SiteKernel.of(Proposal.RW);
    StepSizes sizes = new StepSizes(1.0);
    sizes.freeze();
    check("site kernel (Gibbs or prior re-draw)",
        (t, rng) -> kernel.step(t, sizes, 1.0, rng).trace());
  }

  @Test
  void gibbsAtTheWrongTemperatureIsCaught() {
    AssertionError e = assertThrows(AssertionError.class,
        () -> check("Gibbs at beta 0.3", gibbs(0.3)));
    assertTrue(e.getMessage().contains("chi-square"), e.getMessage());
  }
}
