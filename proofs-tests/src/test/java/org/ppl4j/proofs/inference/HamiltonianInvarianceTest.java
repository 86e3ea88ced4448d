package org.ppl4j.proofs.inference;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ppl4j.inference.kernels.HamiltonianMove;
import org.ppl4j.inference.nuts.ModelTarget;
import org.ppl4j.inference.traced.Trace;
import org.ppl4j.inference.traced.Traced;
import org.ppl4j.semantics.ad.AdDistribution;
import org.ppl4j.semantics.ad.AdReal;
import org.ppl4j.semantics.dist.Family;
import org.ppl4j.semantics.dist.Support;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.transform.LogJoint;

/**
 * Invariance of the gradient moves of tempered SMC ({@link HamiltonianMove}: MALA and HMC) on
 * constrained sites, at an inverse temperature, by the same check as the random walks
 * ({@link RandomWalkInvarianceTest#check}: lambda ~ Gamma(2, 1), p ~ Beta(2, 2) with Poisson
 * and Bernoulli observations; at beta = 0.5 the tempered target is exactly Gamma(4, 2) x
 * Beta(3, 2.5); N = 10,000 exact draws, seed 31, 5 steps each, chi-square of the probability
 * integral transforms at level 1e-4). The gradient is the program's tempered density
 * ({@code LogJoint.withLikelihoodWeight}) by reverse-mode AD. The broken twin, MALA without
 * the proposal densities (the momentum terms of the ratio), must fail.
 */
class HamiltonianInvarianceTest {
  static final double BETA = 0.5;

  /** The model of {@link RandomWalkInvarianceTest#model()} on a log joint, tempered. */
  static ModelTarget density(double beta) {
    return ModelTarget.ofRunner(joint -> {
      LogJoint j = joint.withLikelihoodWeight(beta);
      AdReal lambda = j.sample("lambda", AdDistribution.of(Family.GAMMA,
          AdReal.constant(2), AdReal.constant(1)));
      AdReal p = j.sample("p", AdDistribution.of(Family.BETA, AdReal.constant(2),
          AdReal.constant(2)));
      j.observe(AdDistribution.of(Family.POISSON, lambda), 1);
      j.observe(AdDistribution.of(Family.POISSON, lambda), 3);
      j.observe(AdDistribution.of(Family.BERNOULLI, p), 1);
      j.observe(AdDistribution.of(Family.BERNOULLI, p), 1);
      j.observe(AdDistribution.of(Family.BERNOULLI, p), 0);
      return j;
    });
  }

  static HamiltonianMove move(double stepSize, int leapfrogSteps,
      HamiltonianMove.Correction correction) {
    Trace<double[]> t = Traced.run(RandomWalkInvarianceTest.model(), Integer.MAX_VALUE,
        Rng.seeded(1));
    return new HamiltonianMove(new Support[] {t.choices().get(0).site().distribution().support(),
        t.choices().get(1).site().distribution().support()},
        new double[][] {{0.6, 0}, {0.1, 0.7}}, stepSize, leapfrogSteps, density(BETA),
        correction);
  }

  static void check(String what, HamiltonianMove move) {
    RandomWalkInvarianceTest.check(what, BETA, (t, rng) -> move.step(t, BETA, rng).trace());
  }

  @Test
  void malaLeavesTheTemperedTargetInvariant() {
    check("MALA, beta 0.5", move(1.2, 1, HamiltonianMove.Correction.MOMENTUM));
  }

  @Test
  void hmcLeavesTheTemperedTargetInvariant() {
    check("HMC, 3 leapfrog steps, beta 0.5", move(0.8, 3, HamiltonianMove.Correction.MOMENTUM));
  }

  @Test
  void aGradientOfAnotherTemperatureStillLeavesTheTargetInvariant() {
    // the gradient only steers: the untempered one gives a valid, if worse, proposal
    HamiltonianMove move = move(1.2, 1, HamiltonianMove.Correction.MOMENTUM);
    HamiltonianMove untempered = new HamiltonianMove(move.supports(), move.factor(), 1.2, 1,
        density(1.0), HamiltonianMove.Correction.MOMENTUM);
    check("MALA steered by the untempered gradient", untempered);
  }

  @Test
  void theMovesAreNotTriviallyRejected() {
    // an invariance check passes for a kernel that never moves: these ones move often
    for (HamiltonianMove move : new HamiltonianMove[] {
        move(1.2, 1, HamiltonianMove.Correction.MOMENTUM),
        move(0.8, 3, HamiltonianMove.Correction.MOMENTUM)}) {
      Rng rng = Rng.seeded(8);
      Trace<double[]> t = Traced.run(RandomWalkInvarianceTest.model(), Integer.MAX_VALUE, rng);
      int accepted = 0;
      for (int i = 0; i < 2000; i++) {
        var m = move.step(t, BETA, rng);
        accepted += m.accepted() ? 1 : 0;
        t = m.trace();
      }
      assertTrue(accepted > 400 && accepted < 1990, "accepted " + accepted + " of 2000, "
          + move.leapfrogSteps() + " leapfrog steps");
    }
  }

  @Test
  void malaWithoutTheProposalDensitiesIsCaught() {
    HamiltonianMove broken = move(1.2, 1, HamiltonianMove.Correction.NONE);
    AssertionError e = assertThrows(AssertionError.class, () -> check("broken", broken));
    assertTrue(e.getMessage().contains("chi-square"), e.getMessage());
  }
}
