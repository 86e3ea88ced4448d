package org.ppl4j.inference.nuts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ppl4j.semantics.dist.Distributions.bernoulli;
import static org.ppl4j.semantics.dist.Distributions.gamma;
import static org.ppl4j.semantics.dist.Distributions.normal;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ppl4j.semantics.infer.InferenceException;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.model.Unit;
import org.ppl4j.semantics.posterior.ChainDiagnostics;
import org.ppl4j.semantics.random.Rng;

/**
 * NUTS on plain DSL models ({@code Model<Double>}): the unconstrained log density and its
 * central-difference gradient against closed forms, and the posterior of a normal-normal model
 * against the conjugate answer (|z| <= 4.5 with the standard error sd / sqrt(bulk ESS); seed 3,
 * 4 chains x (300 warm-up + 1000 draws)).
 */
class ContinuousTargetTest {
  static final double[] Y = {1.2, 0.4, 2.5, 1.9, 0.8};

  /** mu ~ normal(0, 3); y_i ~ normal(mu, 1.5). */
  static Model<Double> normalNormal() {
    return Model.sample(normal(0, 3)).flatMap(mu -> {
      Model<Unit> observed = Model.pure(Unit.UNIT);
      for (double y : Y) {
        observed = observed.then(Model.observe(normal(mu, 1.5), y));
      }
      return observed.then(Model.pure(mu));
    });
  }

  @Test
  void densityAndGradientOfAPositiveParameterMatchTheClosedForm() {
    // s ~ gamma(2, 3) (shape, rate) drawn as s = exp(u): log density 2u - 3e^u + log 9.
    ContinuousTarget<Double> target = ContinuousTarget.of(Model.sample(gamma(2, 3)), "s");
    assertEquals(1, target.dimension());
    double u = 0.3;
    double[] gradient = new double[1];
    double f = target.logDensity(new double[] {u}, gradient);
    assertEquals(2 * u - 3 * Math.exp(u) + Math.log(9), f, 1e-12);
    assertEquals(2 - 3 * Math.exp(u), gradient[0], 1e-7);
    assertEquals(Math.exp(u), target.outputs(new double[] {u})[0], 1e-15);
  }

  @Test
  void nutsOnADslModelFindsTheConjugatePosterior() {
    double precision = 1 / 9.0 + Y.length / 2.25;
    double sum = 0;
    for (double y : Y) {
      sum += y;
    }
    double mean = (sum / 2.25) / precision;
    double sd = Math.sqrt(1 / precision);
    NutsResult r = Nuts.sample(ContinuousTarget.of(normalNormal(), "mu"),
        NutsConfig.defaults().withIterations(300, 1000, 4), Rng.seeded(3), 2);
    double[][] chains = r.chainsOf(r.indexOf("mu"));
    double[] pooled = r.pooled(r.indexOf("mu"));
    double m = 0;
    for (double x : pooled) {
      m += x / pooled.length;
    }
    double z = (m - mean) / (sd / Math.sqrt(ChainDiagnostics.bulkEss(chains)));
    assertTrue(Math.abs(z) <= 4.5, "seed 3, N " + pooled.length + ", mean " + m + " vs "
        + mean + ", z " + z);
  }

  @Test
  void aDiscreteDrawIsAUserErrorNamingTheDistribution() {
    InferenceException e = assertThrows(InferenceException.class, () -> ContinuousTarget.of(
        Model.sample(bernoulli(0.5)).map(b -> b ? 1.0 : 0.0), "b"));
    assertTrue(e.getMessage().contains("bernoulli"), e.getMessage());
  }

  @Test
  void modelsWithoutContinuousDrawsAreRejected() {
    assertThrows(InferenceException.class,
        () -> ContinuousTarget.of(Model.pure(1.0), List.of("x"), x -> new double[] {x}));
  }
}
