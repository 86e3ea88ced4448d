package org.ppl4j.proofs.inference;

import static org.ppl4j.proofs.inference.MonteCarloCheck.assertMeanNear;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.ppl4j.inference.importance.Importance;
import org.ppl4j.inference.mh.Mh;
import org.ppl4j.inference.mh.MhConfig;
import org.ppl4j.inference.mh.MhResult;
import org.ppl4j.inference.parallel.Parallelism;
import org.ppl4j.inference.pmmh.Pmmh;
import org.ppl4j.inference.pmmh.PmmhConfig;
import org.ppl4j.inference.population.LogWeights;
import org.ppl4j.inference.resampling.Resampler;
import org.ppl4j.inference.rmsmc.Rmsmc;
import org.ppl4j.inference.rmsmc.RmsmcConfig;
import org.ppl4j.inference.smc.Smc;
import org.ppl4j.inference.smc.SmcConfig;
import org.ppl4j.inference.smc.SmcResult;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.random.Rng;

/**
 * Statistical comparison with exact answers (validation layer 4): conjugate posteriors, the
 * forward algorithm on a discrete HMM and the Kalman filter on a 100-step linear-Gaussian
 * state-space model. Each estimator is replicated R = 30 times with generators split from a
 * fixed seed, and the mean of the replications must lie within 4.5 standard errors (sample sd
 * over sqrt(R)) of the exact value: posterior means and variances, and the evidence through the
 * ratio {@code exp(logZ^ - logZ)}, whose expectation is exactly 1 for SMC (unbiasedness).
 * Posterior moments from SMC carry an O(1/N) bias that is small against these standard errors
 * at the particle counts used.
 */
class ReferenceAnswersTest {
  static final int R = 30;
  static final long SEED = 20261127L;

  static SmcConfig smc(int particles) {
    return new SmcConfig(particles, Resampler.systematic(), 0.5, Parallelism.allCores());
  }

  /** Replicates a weighted-population method, checking mean, variance and evidence. */
  static void checkPopulationMethod(String what, Function<Rng, SmcResult<?, Double>> method,
      ReferenceModels.Exact exact, boolean checkEvidence) {
    Rng rng = Rng.seeded(SEED);
    double[] means = new double[R];
    double[] variances = new double[R];
    double[] ratios = new double[R];
    for (int i = 0; i < R; i++) {
      SmcResult<?, Double> r = method.apply(rng.split());
      double[] w = LogWeights.normalised(r.population().logWeights());
      List<Double> xs = r.values();
      double m = 0;
      for (int k = 0; k < w.length; k++) {
        m += w[k] * xs.get(k);
      }
      double v = 0;
      for (int k = 0; k < w.length; k++) {
        v += w[k] * (xs.get(k) - m) * (xs.get(k) - m);
      }
      means[i] = m;
      variances[i] = v;
      ratios[i] = Math.exp(r.logEvidence() - exact.logEvidence());
    }
    assertMeanNear(what + " posterior mean", means, exact.mean(), SEED);
    assertMeanNear(what + " posterior variance", variances, exact.variance(), SEED);
    if (checkEvidence) {
      assertMeanNear(what + " evidence ratio", ratios, 1.0, SEED);
    }
  }

  /** Checks the per-chain means and variances of independent chains. */
  static void checkChains(String what, MhResult<Double> result, ReferenceModels.Exact exact) {
    int c = result.chains().size();
    double[] means = new double[c];
    double[] variances = new double[c];
    for (int i = 0; i < c; i++) {
      List<Double> xs = result.chains().get(i);
      double m = xs.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
      means[i] = m;
      variances[i] = xs.stream().mapToDouble(x -> (x - m) * (x - m)).sum() / (xs.size() - 1);
    }
    assertMeanNear(what + " posterior mean", means, exact.mean(), SEED);
    assertMeanNear(what + " posterior variance", variances, exact.variance(), SEED);
  }

  @Test
  void betaBernoulliByPopulationMethods() {
    boolean[] flips = ReferenceModels.flips(40, 0.7, Rng.seeded(11));
    Model<Double> model = ReferenceModels.betaBernoulli(2, 2, flips);
    ReferenceModels.Exact exact = ReferenceModels.betaBernoulliExact(2, 2, flips);
    checkPopulationMethod("smc beta-bernoulli", rng -> Smc.run(model, smc(500), rng), exact, true);
    checkPopulationMethod("importance beta-bernoulli",
        rng -> Importance.run(model, 2000, rng, Parallelism.allCores()), exact, true);
    checkPopulationMethod("rmsmc beta-bernoulli",
        rng -> Rmsmc.run(model, new RmsmcConfig(smc(200), 1), rng), exact, true);
  }

  @Test
  void betaBernoulliByChains() {
    boolean[] flips = ReferenceModels.flips(40, 0.7, Rng.seeded(11));
    Model<Double> model = ReferenceModels.betaBernoulli(2, 2, flips);
    ReferenceModels.Exact exact = ReferenceModels.betaBernoulliExact(2, 2, flips);
    checkChains("mh beta-bernoulli", Mh.run(model,
        new MhConfig(2000, 200, 1, R, Parallelism.allCores()), Rng.seeded(SEED)), exact);
    checkChains("pmmh beta-bernoulli", Pmmh.run(model,
        new PmmhConfig(600, 100, R, smc(10)), Rng.seeded(SEED)), exact);
  }

  @Test
  void normalMeanBySmcAndMh() {
    double[] ys = ReferenceModels.simulateStateSpace(2, 1, 0, 1, 20, Rng.seeded(12));
    Model<Double> model = ReferenceModels.stateSpace(2, 1, 0, 1, ys);
    ReferenceModels.Exact exact = ReferenceModels.kalman(2, 1, 0, 1, ys);
    checkPopulationMethod("smc normal mean", rng -> Smc.run(model, smc(500), rng), exact, true);
    checkChains("mh normal mean", Mh.run(model,
        new MhConfig(2000, 200, 1, R, Parallelism.allCores()), Rng.seeded(SEED)), exact);
  }

  @Test
  void kalmanFilterOnAHundredSteps() {
    double[] ys = ReferenceModels.simulateStateSpace(1, 0.9, 1, 1, 100, Rng.seeded(13));
    Model<Double> model = ReferenceModels.stateSpace(1, 0.9, 1, 1, ys);
    ReferenceModels.Exact exact = ReferenceModels.kalman(1, 0.9, 1, 1, ys);
    checkPopulationMethod("smc kalman 100 steps", rng -> Smc.run(model, smc(1000), rng),
        exact, true);
  }

  @Test
  void forwardAlgorithmOnADiscreteHmm() {
    double[] ys = ReferenceModels.simulateHmm(30, Rng.seeded(14));
    double[] forward = ReferenceModels.hmmForward(ys);
    int k = ReferenceModels.HMM_INITIAL.length;
    Model<Integer> model = ReferenceModels.hmm(ys);
    Rng rng = Rng.seeded(SEED);
    for (String method : List.of("smc", "rmsmc")) {
      double[][] probabilities = new double[k][R];
      double[] ratios = new double[R];
      for (int i = 0; i < R; i++) {
        SmcResult<?, Integer> r = method.equals("smc") ? Smc.run(model, smc(1000), rng.split())
            : Rmsmc.run(model, new RmsmcConfig(smc(200), 1), rng.split());
        double[] w = LogWeights.normalised(r.population().logWeights());
        for (int p = 0; p < w.length; p++) {
          probabilities[r.values().get(p)][i] += w[p];
        }
        ratios[i] = Math.exp(r.logEvidence() - forward[k]);
      }
      for (int state = 0; state < k; state++) {
        assertMeanNear(method + " hmm P(z_T = " + state + ")", probabilities[state],
            forward[state], SEED);
      }
      assertMeanNear(method + " hmm evidence ratio", ratios, 1.0, SEED);
    }
  }
}
