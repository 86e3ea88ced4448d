package org.ppl4j.proofs.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ppl4j.inference.parallel.Parallelism;
import org.ppl4j.inference.tempered.MoveKind;
import org.ppl4j.inference.tempered.TemperedSmc;
import org.ppl4j.inference.tempered.TemperedSmcConfig;
import org.ppl4j.inference.tempered.TemperedSmcResult;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.random.Rng;

/**
 * Waste-free tempered SMC (Dau and Chopin 2022; {@code TemperedSmcConfig.withWasteFree}) against
 * the closed form of the normal-normal model of {@link TemperedSmcExactnessTest} (20
 * observations, seed 5): R = 40 independent runs of N = 500 particles in M = 50 chains of
 * length P = 10 (seed 2027), with the random walk and with MALA; the posterior mean, variance and
 * evidence ratio Z^/Z of each run are averaged and compared with the exact values by z-tests with
 * the replications' standard error (|z| &lt;= 4.5, {@link MonteCarloCheck}). One and four
 * threads give the same answer; a chain length that does not divide N is refused.
 */
class TemperedWasteFreeTest {
  static final int R = 40;
  static final int N = 500;
  static final int P = 10;
  static final long SEED = 2027L;
  static final double[] YS = TemperedGradientExactnessTest.YS;

  static void check(MoveKind kind) {
    Model<Double> model = ReferenceModels.stateSpace(1, 1, 0, 1, YS);
    ReferenceModels.Exact exact = ReferenceModels.kalman(1, 1, 0, 1, YS);
    TemperedSmcConfig config = TemperedSmcConfig.defaults().withParticles(N).withWasteFree(P)
        .withMove(kind).withParallelism(Parallelism.allCores());
    double[] means = new double[R];
    double[] variances = new double[R];
    double[] ratios = new double[R];
    Rng rng = Rng.seeded(SEED);
    for (int r = 0; r < R; r++) {
      TemperedSmcResult<Double> result = TemperedSmc.run(model,
          Optional.of(TemperedGradientExactnessTest.gradient()), config, rng.split(), b -> { });
      assertEquals(N, result.values().size());
      double m = result.values().stream().mapToDouble(Double::doubleValue).average()
          .orElseThrow();
      means[r] = m;
      variances[r] = result.values().stream().mapToDouble(v -> (v - m) * (v - m)).sum()
          / (N - 1);
      ratios[r] = Math.exp(result.logEvidence() - exact.logEvidence());
    }
    MonteCarloCheck.assertMeanNear("waste-free " + kind + " posterior mean", means,
        exact.mean(), SEED);
    MonteCarloCheck.assertMeanNear("waste-free " + kind + " posterior variance", variances,
        exact.variance(), SEED);
    MonteCarloCheck.assertMeanNear("waste-free " + kind + " evidence ratio Z^/Z", ratios, 1.0,
        SEED);
  }

  @Test
  void wasteFreeRandomWalkMatchesTheClosedForm() {
    check(MoveKind.RW);
  }

  @Test
  void wasteFreeMalaMatchesTheClosedForm() {
    check(MoveKind.MALA);
  }

  @Test
  void wasteFreeDependsOnTheSeedOnly() {
    Model<Double> model = ReferenceModels.stateSpace(1, 1, 0, 1, YS);
    TemperedSmcConfig config = TemperedSmcConfig.defaults().withParticles(300).withWasteFree(6);
    TemperedSmcResult<Double> one = TemperedSmc.run(model,
        config.withParallelism(new Parallelism(1)), Rng.seeded(9));
    TemperedSmcResult<Double> four = TemperedSmc.run(model,
        config.withParallelism(new Parallelism(4)), Rng.seeded(9));
    assertEquals(one.values(), four.values());
    assertEquals(one.logEvidence(), four.logEvidence(), 0.0);
  }

  @Test
  void aChainLengthThatDoesNotDivideTheParticlesIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TemperedSmcConfig.defaults().withParticles(500).withWasteFree(7));
    assertTrue(e.getMessage().contains("divide the 500 particles"), e.getMessage());
  }
}
