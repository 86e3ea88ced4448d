package org.ppl4j.proofs.inference;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ppl4j.inference.parallel.Parallelism;
import org.ppl4j.inference.tempered.NextTemperature;
import org.ppl4j.inference.tempered.TemperedSmc;
import org.ppl4j.inference.tempered.TemperedSmcConfig;
import org.ppl4j.inference.tempered.TemperedSmcResult;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.random.Rng;

/**
 * Tempered SMC against the closed form of a normal-normal model (mu ~ N(0, 1), 20 observations
 * y_i ~ N(mu, 1) simulated with seed 5): R = 40 independent runs of N = 500 particles (seed
 * 2024); the posterior mean, the posterior variance and the evidence ratio Z^/Z (unbiased) of
 * each run are averaged and compared with the exact values by a z-test whose standard error is
 * the replications' own (|z| &lt;= 4.5, {@link MonteCarloCheck}). A broken twin, the evidence
 * without its last step's term, must fail the same check.
 */
class TemperedSmcExactnessTest {
  static final int R = 40;
  static final int N = 500;
  static final long SEED = 2024L;
  static double[] means = new double[R];
  static double[] variances = new double[R];
  static double[] evidenceRatios = new double[R];
  static double[] brokenRatios = new double[R];
  static ReferenceModels.Exact exact;
  static int fewestSteps = Integer.MAX_VALUE;

  @BeforeAll
  static void run() {
    double[] ys = ReferenceModels.simulateStateSpace(1, 1, 0, 1, 20, Rng.seeded(5));
    Model<Double> model = ReferenceModels.stateSpace(1, 1, 0, 1, ys);
    exact = ReferenceModels.kalman(1, 1, 0, 1, ys);
    TemperedSmcConfig config = TemperedSmcConfig.defaults().withParticles(N)
        .withParallelism(Parallelism.allCores());
    Rng rng = Rng.seeded(SEED);
    for (int r = 0; r < R; r++) {
      TemperedSmcResult<Double> result = TemperedSmc.run(model, config, rng.split());
      double m = result.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
      double ss = result.values().stream().mapToDouble(v -> (v - m) * (v - m)).sum();
      means[r] = m;
      variances[r] = ss / (N - 1);
      evidenceRatios[r] = Math.exp(result.logEvidence() - exact.logEvidence());
      double[] increments = result.logIncrements();
      brokenRatios[r] = Math.exp(result.logEvidence() - increments[increments.length - 1]
          - exact.logEvidence());
      fewestSteps = Math.min(fewestSteps, increments.length);
    }
  }

  @Test
  void posteriorMeanMatchesTheClosedForm() {
    MonteCarloCheck.assertMeanNear("tempered SMC posterior mean", means, exact.mean(), SEED);
  }

  @Test
  void posteriorVarianceMatchesTheClosedForm() {
    MonteCarloCheck.assertMeanNear("tempered SMC posterior variance", variances,
        exact.variance(), SEED);
  }

  @Test
  void evidenceIsUnbiased() {
    MonteCarloCheck.assertMeanNear("tempered SMC evidence ratio Z^/Z", evidenceRatios, 1.0,
        SEED);
  }

  @Test
  void anEvidenceThatForgetsATermIsCaught() {
    assertTrue(fewestSteps >= 2, "the check needs several tempering steps: " + fewestSteps);
    AssertionError e = assertThrows(AssertionError.class, () -> MonteCarloCheck.assertMeanNear(
        "broken evidence", brokenRatios, 1.0, SEED));
    assertTrue(e.getMessage().contains("z ="), e.getMessage());
  }

  @Test
  void nextTemperatureKeepsTheRequestedEss() {
    double[] logLikelihoods = new double[1000];
    Rng rng = Rng.seeded(7);
    for (int i = 0; i < logLikelihoods.length; i++) {
      logLikelihoods[i] = -50 * rng.nextDouble();
    }
    double next = NextTemperature.after(logLikelihoods, 0.2, 0.5);
    double ess = NextTemperature.ess(logLikelihoods, next - 0.2);
    assertTrue(next > 0.2 && next < 1 && Math.abs(ess - 500) < 1e-6,
        "beta " + next + ", ESS " + ess);
    assertTrue(NextTemperature.after(new double[] {-1, -1, -1}, 0.5, 0.5) == 1.0,
        "equal likelihoods keep the whole ESS: one step to 1");
  }
}
