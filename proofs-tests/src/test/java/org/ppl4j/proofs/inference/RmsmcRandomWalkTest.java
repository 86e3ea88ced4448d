package org.ppl4j.proofs.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.ppl4j.inference.kernels.Proposal;
import org.ppl4j.inference.kernels.Replay;
import org.ppl4j.inference.kernels.SiteKernel;
import org.ppl4j.inference.kernels.StepSizes;
import org.ppl4j.inference.parallel.Parallelism;
import org.ppl4j.inference.rmsmc.Rmsmc;
import org.ppl4j.inference.rmsmc.RmsmcConfig;
import org.ppl4j.inference.smc.SmcConfig;
import org.ppl4j.inference.smc.SmcResult;
import org.ppl4j.inference.traced.Trace;
import org.ppl4j.inference.traced.Traced;
import org.ppl4j.semantics.dist.Distributions;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.random.Rng;

/**
 * Resample-move SMC with the kernels of {@code --method mh} ({@code --proposal auto|rw}).
 * <ul>
 *   <li>The kernels on a partial trace (a resample-move particle, suspended at its score
 *       limit): mu ~ N(0, 1), observations 0.8 then 1.9 from N(mu, 1), suspended after the
 *       first, whose target is N(0.4, 1/2). N = 10,000 exact draws (seed 41) take 5 steps each;
 *       the probability integral transform, binned in 10, is tested by chi-square at level
 *       1e-4. The broken twin moves the complete trace instead (a replay that does not stop at
 *       the score limit targets the full posterior) and must fail.</li>
 *   <li>Distinct particles: mu ~ N(0, 1) with 500 observations from N(mu, 1), N = 1,000
 *       particles, seed 3 (deterministic counts): prior re-draws kept 268 distinct values of
 *       mu, {@code auto} 548, {@code rw} 778; the test asks for at least 450 and 600 and a
 *       clear gain over prior re-draws.</li>
 *   <li>Exactness: R = 30 runs of N = 500 (seed 2026), posterior mean and evidence ratio
 *       against the Kalman filter by z-tests with the replications' standard error
 *       ({@link MonteCarloCheck}, |z| &lt;= 4.5).</li>
 * </ul>
 */
class RmsmcRandomWalkTest {
  static final int N = 10_000;
  static final int STEPS = 5;
  static final int BINS = 10;
  static final long SEED = 41L;

  static Model<Double> twoObservations() {
    return Model.sample(Distributions.normal(0, 1)).flatMap(mu ->
        Model.observe(Distributions.normal(mu, 1), 0.8)
            .then(Model.observe(Distributions.normal(mu, 1), 1.9))
            .then(Model.pure(mu)));
  }

  /** The chi-square check of {@code kernel} on traces of {@code scoreLimit} scores. */
  static void check(String what, Proposal proposal, int scoreLimit) {
    Rng rng = Rng.seeded(SEED);
    Trace<Double> base = Traced.run(twoObservations(), scoreLimit, rng);
    NormalDistribution target = new NormalDistribution(0.4, Math.sqrt(0.5));
    SiteKernel kernel = SiteKernel.of(proposal);
    StepSizes sizes = new StepSizes(1.2);
    sizes.freeze();
    int[] bins = new int[BINS];
    for (int i = 0; i < N; i++) {
      double mu = 0.4 + Math.sqrt(0.5) * rng.nextGaussian();
      Trace<Double> t = Replay.withValues(base, new int[] {0}, new Object[] {mu}).trace()
          .orElseThrow();
      for (int s = 0; s < STEPS; s++) {
        t = kernel.step(t, sizes, 1.0, rng).trace();
      }
      assertEquals(base.finished(), t.finished(), "a move kept the trace's suspension");
      double x = (Double) t.choices().get(0).value();
      bins[Math.min(BINS - 1, (int) (target.cumulativeProbability(x) * BINS))]++;
    }
    MonteCarloCheck.assertUniform(what, bins, SEED);
  }

  @Test
  void theRandomWalkLeavesThePartialPosteriorInvariant() {
    check("rw on a partial trace", Proposal.RW, 1);
  }

  @Test
  void theAutoKernelLeavesThePartialPosteriorInvariant() {
    check("auto on a partial trace", Proposal.AUTO, 1);
  }

  @Test
  void aSuspendedTraceStaysSuspendedAndAdvances() {
    Trace<Double> t = Traced.run(twoObservations(), 1, Rng.seeded(2));
    Trace<Double> moved = Replay.withValues(t, new int[] {0}, new Object[] {0.3}).trace()
        .orElseThrow();
    assertFalse(moved.finished());
    assertEquals(1, moved.scores());
    Trace<Double> done = Traced.extend(moved, 2, Rng.seeded(3));
    assertTrue(done.finished());
    assertEquals(0.3, done.value());
    assertEquals(Traced.run(twoObservations(), 2, Rng.seeded(2)).choices().size(),
        done.choices().size());
  }

  @Test
  void movingTheCompleteTraceIsCaught() {
    AssertionError e = assertThrows(AssertionError.class,
        () -> check("broken: the complete trace", Proposal.RW, Integer.MAX_VALUE));
    assertTrue(e.getMessage().contains("chi-square"), e.getMessage());
  }

  static final double[] YS = ReferenceModels.simulateStateSpace(1, 1, 0, 1, 20, Rng.seeded(5));

  static SmcResult<?, Double> rmsmc(Proposal proposal, int n, Rng rng) {
    SmcConfig smc = SmcConfig.defaults().withParticles(n).withParallelism(Parallelism.allCores());
    return Rmsmc.run(ReferenceModels.stateSpace(1, 1, 0, 1, YS),
        new RmsmcConfig(smc, 1, proposal), rng);
  }

  @Test
  void theRandomWalkKeepsManyDistinctParticles() {
    // 500 observations: the posterior (sd 0.045) is far narrower than the prior, where prior
    // re-draws are seldom accepted
    double[] ys = ReferenceModels.simulateStateSpace(1, 1, 0, 1, 500, Rng.seeded(5));
    int[] distinct = new int[3];
    Proposal[] proposals = {Proposal.PRIOR, Proposal.AUTO, Proposal.RW};
    for (int k = 0; k < 3; k++) {
      SmcConfig smc = SmcConfig.defaults().withParticles(1000)
          .withParallelism(Parallelism.allCores());
      distinct[k] = new HashSet<>(Rmsmc.run(ReferenceModels.stateSpace(1, 1, 0, 1, ys),
          new RmsmcConfig(smc, 1, proposals[k]), Rng.seeded(3)).values()).size();
    }
    String counts = "distinct of 1000: prior " + distinct[0] + ", auto " + distinct[1]
        + ", rw " + distinct[2];
    assertTrue(distinct[1] >= 450 && distinct[2] >= 600, counts);
    assertTrue(distinct[1] > distinct[0] + 150 && distinct[2] > distinct[0] + 300, counts);
  }

  @Test
  void theRandomWalkGivesThePosteriorAndTheEvidence() {
    ReferenceModels.Exact exact = ReferenceModels.kalman(1, 1, 0, 1, YS);
    int runs = 30;
    long seed = 2026L;
    double[] means = new double[runs];
    double[] ratios = new double[runs];
    Rng rng = Rng.seeded(seed);
    for (int r = 0; r < runs; r++) {
      SmcResult<?, Double> result = rmsmc(Proposal.AUTO, 500, rng.split());
      double[] w = result.empirical().logWeights();
      double max = java.util.Arrays.stream(w).max().orElseThrow();
      double sum = 0;
      double weighted = 0;
      for (int i = 0; i < w.length; i++) {
        double e = Math.exp(w[i] - max);
        sum += e;
        weighted += e * result.values().get(i);
      }
      means[r] = weighted / sum;
      ratios[r] = Math.exp(result.logEvidence() - exact.logEvidence());
    }
    MonteCarloCheck.assertMeanNear("rmsmc auto posterior mean", means, exact.mean(), seed);
    MonteCarloCheck.assertMeanNear("rmsmc auto evidence ratio", ratios, 1.0, seed);
  }
}
