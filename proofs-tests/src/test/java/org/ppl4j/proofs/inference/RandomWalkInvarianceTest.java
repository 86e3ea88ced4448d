package org.ppl4j.proofs.inference;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.junit.jupiter.api.Test;
import org.ppl4j.inference.kernels.Proposal;
import org.ppl4j.inference.kernels.RandomWalk;
import org.ppl4j.inference.kernels.Replay;
import org.ppl4j.inference.kernels.SiteKernel;
import org.ppl4j.inference.kernels.SiteTransform;
import org.ppl4j.inference.kernels.StepSizes;
import org.ppl4j.inference.traced.Trace;
import org.ppl4j.inference.traced.Traced;
import org.ppl4j.semantics.dist.Distributions;
import org.ppl4j.semantics.dist.Support;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.random.Rng;

/**
 * Invariance of the random-walk kernels on constrained sites, at an inverse temperature:
 * lambda ~ Gamma(2, 1) with counts 1 and 3 observed from Poisson(lambda), and p ~ Beta(2, 2)
 * with flips (true, true, false) from Bernoulli(p), in one model. At {@code beta} = 0.5 the
 * tempered target {@code prior * likelihood^beta} is exactly Gamma(4, 2) x Beta(3, 2.5);
 * at 1, Gamma(6, 3) x Beta(4, 3). N = 10,000 exact draws (seed 31) each take 5 kernel steps;
 * each coordinate's probability integral transform is binned in 10 and tested for uniformity by
 * chi-square at level 1e-4. The same kernels with transforms that forget the Jacobian must fail.
 */
class RandomWalkInvarianceTest {
  static final int N = 10_000;
  static final int STEPS = 5;
  static final int BINS = 10;
  static final long SEED = 31L;

  static Model<double[]> model() {
    return Model.sample(Distributions.gamma(2, 1)).flatMap(lambda ->
        Model.sample(Distributions.beta(2, 2)).flatMap(p ->
            Model.observe(Distributions.poisson(lambda), 1)
                .then(Model.observe(Distributions.poisson(lambda), 3))
                .then(Model.observe(Distributions.bernoulli(p), true))
                .then(Model.observe(Distributions.bernoulli(p), true))
                .then(Model.observe(Distributions.bernoulli(p), false))
                .then(Model.pure(new double[] {lambda, p}))));
  }

  /** The exact tempered marginals at {@code beta}. */
  static GammaDistribution lambdaAt(double beta) {
    return new GammaDistribution(2 + 4 * beta, 1 / (1 + 2 * beta));
  }

  static BetaDistribution pAt(double beta) {
    return new BetaDistribution(2 + 2 * beta, 2 + beta);
  }

  /** A kernel step from a state. */
  interface Kernel {
    Trace<double[]> step(Trace<double[]> t, Rng rng);
  }

  /** Transforms whose log Jacobian is forgotten (0): the broken twin. */
  static Optional<SiteTransform> withoutJacobian(Support s) {
    return SiteTransform.of(s).map(t -> new SiteTransform() {
      @Override
      public double unconstrain(double x) {
        return t.unconstrain(x);
      }

      @Override
      public double constrain(double u) {
        return t.constrain(u);
      }

      @Override
      public double logJacobian(double u) {
        return 0;
      }
    });
  }

  static RandomWalk block(Function<Support, Optional<SiteTransform>> transforms) {
    Trace<double[]> t = Traced.run(model(), Integer.MAX_VALUE, Rng.seeded(1));
    return new RandomWalk(new int[] {0, 1},
        new Support[] {t.choices().get(0).site().distribution().support(),
            t.choices().get(1).site().distribution().support()},
        new double[][] {{0.9, 0}, {0.4, 1.2}}, transforms);
  }

  static void check(String what, double beta, Kernel kernel) {
    Rng rng = Rng.seeded(SEED);
    Trace<double[]> base = Traced.run(model(), Integer.MAX_VALUE, rng);
    GammaDistribution lambda = lambdaAt(beta);
    BetaDistribution p = pAt(beta);
    int[] lambdaBins = new int[BINS];
    int[] pBins = new int[BINS];
    for (int i = 0; i < N; i++) {
      double l = Distributions.gamma(lambda.getShape(), 1 / lambda.getScale()).sample(rng);
      double q = Distributions.beta(p.getAlpha(), p.getBeta()).sample(rng);
      Trace<double[]> t = Replay.withValues(base, new int[] {0, 1}, new Object[] {l, q})
          .trace().orElseThrow();
      for (int s = 0; s < STEPS; s++) {
        t = kernel.step(t, rng);
      }
      lambdaBins[bin(lambda.cumulativeProbability(t.value()[0]))]++;
      pBins[bin(p.cumulativeProbability(t.value()[1]))]++;
    }
    MonteCarloCheck.assertUniform(what + ", lambda", lambdaBins, SEED);
    MonteCarloCheck.assertUniform(what + ", p", pBins, SEED);
  }

  static int bin(double u) {
    return Math.min(BINS - 1, (int) (u * BINS));
  }

  static Kernel siteKernel(Function<Support, Optional<SiteTransform>> transforms, double beta) {
    SiteKernel kernel = new SiteKernel(Proposal.AUTO, transforms);
    StepSizes sizes = new StepSizes(1.5);
    sizes.freeze();
    return (t, rng) -> kernel.step(t, sizes, beta, rng).trace();
  }

  @Test
  void blockRandomWalkLeavesTheTemperedTargetInvariant() {
    RandomWalk walk = block(SiteTransform::of);
    check("block random walk, beta 0.5", 0.5, (t, rng) -> walk.step(t, 0.5, rng).trace());
  }

  @Test
  void singleSiteKernelLeavesThePosteriorInvariant() {
    check("single-site kernel, beta 1", 1.0, siteKernel(SiteTransform::of, 1.0));
  }

  @Test
  void singleSiteKernelLeavesTheTemperedTargetInvariant() {
    check("single-site kernel, beta 0.5", 0.5, siteKernel(SiteTransform::of, 0.5));
  }

  @Test
  void aBlockWalkWithoutTheJacobianIsCaught() {
    RandomWalk walk = block(RandomWalkInvarianceTest::withoutJacobian);
    AssertionError e = assertThrows(AssertionError.class,
        () -> check("broken", 0.5, (t, rng) -> walk.step(t, 0.5, rng).trace()));
    assertTrue(e.getMessage().contains("chi-square"), e.getMessage());
  }

  @Test
  void aSingleSiteKernelWithoutTheJacobianIsCaught() {
    AssertionError e = assertThrows(AssertionError.class, () -> check("broken", 1.0,
        siteKernel(RandomWalkInvarianceTest::withoutJacobian, 1.0)));
    assertTrue(e.getMessage().contains("chi-square"), e.getMessage());
  }

  @Test
  void aRejectedProposalLeavesTheTraceAsItWas() {
    Trace<double[]> t = Traced.run(model(), Integer.MAX_VALUE, Rng.seeded(3));
    RandomWalk huge = new RandomWalk(new int[] {0, 1}, new Support[] {
        t.choices().get(0).site().distribution().support(),
        t.choices().get(1).site().distribution().support()},
        new double[][] {{1e6, 0}, {0, 1e6}}, SiteTransform::of);
    Rng rng = Rng.seeded(4);
    for (int i = 0; i < 100; i++) {
      var move = huge.step(t, 1.0, rng);
      if (!move.accepted() && move.trace() != t) {
        throw new AssertionError("a rejection returned another trace");
      }
    }
  }
}
