package org.ppl4j.proofs.inference;

import org.junit.jupiter.api.Test;
import org.ppl4j.inference.kernels.Proposal;
import org.ppl4j.inference.mh.MhConfig;
import org.ppl4j.inference.parallel.Parallelism;
import org.ppl4j.inference.rwmh.AdaptiveMh;
import org.ppl4j.inference.rwmh.AdaptiveMhConfig;
import org.ppl4j.inference.tempered.TemperedSmc;
import org.ppl4j.inference.tempered.TemperedSmcConfig;
import org.ppl4j.inference.tempered.TemperedSmcResult;
import org.ppl4j.semantics.dist.Distributions;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.random.Rng;

/**
 * Programs whose structure changes between traces, with continuous and discrete sites:
 * z ~ Bernoulli(1/2); if z, x ~ N(0, 1) and an unused w ~ N(0, 1); else x ~ N(2, 1/2);
 * 1.5 observed from N(x, 1). P(z | y) has a closed form (a normal marginal per branch). Tempered
 * SMC (R = 20 runs of 500 particles, seed 77) and adaptive MH with {@code auto} and {@code rw}
 * proposals (R = 20 chains of 500 + 3,000 steps, seed 78) must estimate it: z-test on the
 * replications' means (|z| &lt;= 4.5).
 */
class ChangingStructureTest {
  static final int R = 20;

  static Model<Double> model() {
    return Model.sample(Distributions.bernoulli(0.5)).flatMap(z -> {
      Model<Double> x = z
          ? Model.sample(Distributions.normal(0, 1)).flatMap(v ->
              Model.sample(Distributions.normal(0, 1)).then(Model.pure(v)))
          : Model.sample(Distributions.normal(2, 0.5));
      return x.flatMap(v -> Model.observe(Distributions.normal(v, 1), 1.5)
          .then(Model.pure(z ? 1.0 : 0.0)));
    });
  }

  static double exact() {
    double one = Distributions.normal(0, Math.sqrt(2)).logDensity(1.5);
    double zero = Distributions.normal(2, Math.sqrt(1.25)).logDensity(1.5);
    return 1 / (1 + Math.exp(zero - one));
  }

  @Test
  void temperedSmcFindsTheBranchProbability() {
    Rng rng = Rng.seeded(77);
    double[] estimates = new double[R];
    for (int r = 0; r < R; r++) {
      TemperedSmcResult<Double> result = TemperedSmc.run(model(),
          TemperedSmcConfig.defaults().withParticles(500), rng.split());
      estimates[r] = result.values().stream().mapToDouble(Double::doubleValue).average()
          .orElseThrow();
    }
    MonteCarloCheck.assertMeanNear("tempered, P(z | y)", estimates, exact(), 77);
  }

  @Test
  void adaptiveMhFindsTheBranchProbability() {
    for (Proposal proposal : new Proposal[] {Proposal.AUTO, Proposal.RW}) {
      Rng rng = Rng.seeded(78);
      double[] estimates = new double[R];
      for (int r = 0; r < R; r++) {
        estimates[r] = AdaptiveMh.run(model(), new AdaptiveMhConfig(
                new MhConfig(3000, 500, 1, 1, Parallelism.sequential()), proposal, 1.0),
                rng.split()).chains().get(0).stream().mapToDouble(Double::doubleValue)
            .average().orElseThrow();
      }
      MonteCarloCheck.assertMeanNear("adaptive MH " + proposal.key() + ", P(z | y)", estimates,
          exact(), 78);
    }
  }
}
