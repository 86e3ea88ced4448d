package org.ppl4j.proofs.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.ppl4j.inference.nuts.ModelTarget;
import org.ppl4j.inference.parallel.Parallelism;
import org.ppl4j.inference.tempered.MoveKind;
import org.ppl4j.inference.tempered.TemperedGradient;
import org.ppl4j.inference.tempered.TemperedSmc;
import org.ppl4j.inference.tempered.TemperedSmcConfig;
import org.ppl4j.inference.tempered.TemperedSmcResult;
import org.ppl4j.semantics.ad.AdDistribution;
import org.ppl4j.semantics.ad.AdReal;
import org.ppl4j.semantics.dist.Distributions;
import org.ppl4j.semantics.infer.InferenceException;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.random.Rng;

/**
 * Tempered SMC with gradient moves ({@code --move mala}, {@code hmc}) against the closed form
 * of the normal-normal model of {@link TemperedSmcExactnessTest} (mu ~ N(0, 1), 20
 * observations y_i ~ N(mu, 1) simulated with seed 5): R = 40 independent runs of N = 500
 * particles (seed 2025); the posterior mean, the posterior variance and the evidence ratio
 * Z^/Z of each run are averaged and compared with the exact values by a z-test with the
 * replications' standard error (|z| &lt;= 4.5, {@link MonteCarloCheck}). The gradient is the
 * model's tempered log joint by reverse-mode AD. Explicit gradient moves on a model with a
 * discrete latent are refused with a message; {@code auto} falls back to random walks there.
 * One and four threads give the same draws and evidence (seed 9, 300 particles).
 */
class TemperedGradientExactnessTest {
  static final int R = 40;
  static final int N = 500;
  static final long SEED = 2025L;
  static final double[] YS = ReferenceModels.simulateStateSpace(1, 1, 0, 1, 20, Rng.seeded(5));

  static TemperedGradient gradient() {
    return beta -> ModelTarget.ofRunner(joint -> {
      joint.withLikelihoodWeight(beta);
      AdReal mu = joint.sample("mu", AdDistribution.normal(0, 1));
      for (double y : YS) {
        joint.observe(AdDistribution.normal(mu, AdReal.constant(1)), y);
      }
      return joint;
    });
  }

  @ParameterizedTest
  @EnumSource(value = MoveKind.class, names = {"MALA", "HMC", "AUTO"})
  void posteriorAndEvidenceMatchTheClosedForm(MoveKind kind) {
    Model<Double> model = ReferenceModels.stateSpace(1, 1, 0, 1, YS);
    ReferenceModels.Exact exact = ReferenceModels.kalman(1, 1, 0, 1, YS);
    TemperedSmcConfig config = TemperedSmcConfig.defaults().withParticles(N)
        .withParallelism(Parallelism.allCores()).withMove(kind);
    double[] means = new double[R];
    double[] variances = new double[R];
    double[] ratios = new double[R];
    double acceptance = 0;
    Rng rng = Rng.seeded(SEED);
    for (int r = 0; r < R; r++) {
      TemperedSmcResult<Double> result = TemperedSmc.run(model, Optional.of(gradient()), config,
          rng.split(), beta -> { });
      double m = result.values().stream().mapToDouble(Double::doubleValue).average()
          .orElseThrow();
      means[r] = m;
      variances[r] = result.values().stream().mapToDouble(v -> (v - m) * (v - m)).sum()
          / (N - 1);
      ratios[r] = Math.exp(result.logEvidence() - exact.logEvidence());
      acceptance += result.acceptanceRate() / R;
    }
    MonteCarloCheck.assertMeanNear(kind + " posterior mean", means, exact.mean(), SEED);
    MonteCarloCheck.assertMeanNear(kind + " posterior variance", variances, exact.variance(),
        SEED);
    MonteCarloCheck.assertMeanNear(kind + " evidence ratio Z^/Z", ratios, 1.0, SEED);
    // the step size is adapted toward the kind's target: the mean rate lands near it
    assertEquals(kind.targetAcceptance(), acceptance, 0.15, kind + " acceptance " + acceptance);
  }

  @Test
  void gradientMovesDependOnTheSeedOnly() {
    Model<Double> model = ReferenceModels.stateSpace(1, 1, 0, 1, YS);
    for (MoveKind kind : new MoveKind[] {MoveKind.MALA, MoveKind.HMC}) {
      TemperedSmcResult<Double> one = TemperedSmc.run(model, Optional.of(gradient()),
          TemperedSmcConfig.defaults().withParticles(300).withMove(kind)
              .withParallelism(new Parallelism(1)), Rng.seeded(9), beta -> { });
      TemperedSmcResult<Double> four = TemperedSmc.run(model, Optional.of(gradient()),
          TemperedSmcConfig.defaults().withParticles(300).withMove(kind)
              .withParallelism(new Parallelism(4)), Rng.seeded(9), beta -> { });
      assertEquals(one.values(), four.values(), kind + ": draws on one and four threads");
      assertEquals(one.logEvidence(), four.logEvidence(), 0.0, kind.toString());
    }
  }

  /** mu ~ N(0, 1), k ~ Bernoulli(0.5), y ~ N(mu + k, 1): a discrete latent. */
  static Model<Double> mixed() {
    return Model.sample(Distributions.normal(0, 1)).flatMap(mu ->
        Model.sample(Distributions.bernoulli(0.5)).flatMap(k ->
            Model.observe(Distributions.normal(mu + (k ? 1 : 0), 1), 0.7)
                .then(Model.pure(mu))));
  }

  @Test
  void explicitGradientMovesOnADiscreteLatentAreRefused() {
    TemperedSmcConfig config = TemperedSmcConfig.defaults().withParticles(200)
        .withMove(MoveKind.MALA);
    InferenceException e = assertThrows(InferenceException.class, () -> TemperedSmc.run(
        mixed(), Optional.of(gradient()), config, Rng.seeded(1), beta -> { }));
    assertTrue(e.getMessage().contains("--move mala needs gradient moves"), e.getMessage());
  }

  @Test
  void autoFallsBackToRandomWalksOnADiscreteLatent() {
    TemperedSmcConfig config = TemperedSmcConfig.defaults().withParticles(200);
    TemperedSmcResult<Double> rw = TemperedSmc.run(mixed(), config, Rng.seeded(1));
    TemperedSmcResult<Double> auto = TemperedSmc.run(mixed(), Optional.of(gradient()),
        config.withMove(MoveKind.AUTO), Rng.seeded(1), beta -> { });
    assertEquals(rw.logEvidence(), auto.logEvidence(), 0.0, "auto must be the random walk");
    assertEquals(rw.values(), auto.values());
  }
}
