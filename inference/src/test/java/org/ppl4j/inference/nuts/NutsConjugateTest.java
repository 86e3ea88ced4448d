package org.ppl4j.inference.nuts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ppl4j.semantics.ad.AdReal.constant;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ppl4j.semantics.ad.AdDistribution;
import org.ppl4j.semantics.ad.AdReal;
import org.ppl4j.semantics.dist.Family;
import org.ppl4j.semantics.infer.InferenceException;
import org.ppl4j.semantics.posterior.ChainDiagnostics;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.transform.DifferentiableModel;

/**
 * NUTS against conjugate posteriors, one per kind of transform: normal-normal (identity),
 * gamma-Poisson (log), beta-binomial (logit), Dirichlet-categorical (stick-breaking). For each
 * posterior mean and variance, |estimate - exact| <= 4.5 standard errors, the standard error
 * being sd / sqrt(bulk ESS) for the mean and sd((x - m)^2) / sqrt(bulk ESS of (x - m)^2) for
 * the variance. These standard errors are used only after the bulk ESS of x and of (x - m)^2
 * are asserted to be at least 400 and the split R-hat at most 1.01. Seed 1, 4 chains x
 * (500 warm-up + 1000 draws).
 */
class NutsConjugateTest {
  private static final double Z = 4.5;
  /** ESS below which the chain's own standard error is not trusted (100 per chain). */
  private static final double ESS_FLOOR = 400;
  /** Split R-hat above which the chains have not mixed (Vehtari et al. 2021). */
  private static final double RHAT_BOUND = 1.01;
  private static final long SEED = 1;
  private static final NutsConfig CONFIG = NutsConfig.defaults().withIterations(500, 1000, 4);

  private static NutsResult run(DifferentiableModel model) {
    NutsResult r = Nuts.sample(ModelTarget.of(model), CONFIG, Rng.seeded(SEED), 2);
    assertEquals(0, r.divergences(), "divergences, seed " + SEED);
    return r;
  }

  /** Checks mean and variance of output {@code name} against the exact values. */
  private static void checkMoments(NutsResult r, String name, double mean, double variance) {
    int k = r.indexOf(name);
    double[][] chains = r.chainsOf(k);
    double[] pooled = r.pooled(k);
    double m = 0;
    for (double x : pooled) {
      m += x / pooled.length;
    }
    double[][] squares = new double[chains.length][];
    double v = 0;
    for (int c = 0; c < chains.length; c++) {
      squares[c] = new double[chains[c].length];
      for (int i = 0; i < chains[c].length; i++) {
        squares[c][i] = (chains[c][i] - mean) * (chains[c][i] - mean);
        v += squares[c][i] / pooled.length;
      }
    }
    double sdSquares = 0;
    for (double[] chain : squares) {
      for (double s : chain) {
        sdSquares += (s - v) * (s - v) / pooled.length;
      }
    }
    double ess = ChainDiagnostics.bulkEss(chains);
    double essSquares = ChainDiagnostics.bulkEss(squares);
    double rhat = ChainDiagnostics.splitRhat(chains);
    assertTrue(ess >= ESS_FLOOR && essSquares >= ESS_FLOOR && rhat <= RHAT_BOUND, name
        + ": seed " + SEED + ", ESS " + ess + ", ESS of (x - m)^2 " + essSquares + " (floor "
        + ESS_FLOOR + "), R-hat " + rhat + " (bound " + RHAT_BOUND + ")");
    double seMean = Math.sqrt(v / ess);
    double seVar = Math.sqrt(sdSquares / essSquares);
    double zMean = (m - mean) / seMean;
    double zVar = (v - variance) / seVar;
    String report = name + ": seed " + SEED + ", N " + pooled.length + ", mean " + m + " vs "
        + mean + " (z " + zMean + "), variance " + v + " vs " + variance + " (z " + zVar + ")";
    assertTrue(Math.abs(zMean) <= Z && Math.abs(zVar) <= Z, report);
  }

  @Test
  void normalNormal() {
    double[] y = {1.2, 0.4, 2.5, 1.9, 0.8};
    double priorSd = 3;
    double sigma = 1.5;
    DifferentiableModel model = joint -> {
      AdReal mu = joint.sample("mu", AdDistribution.normal(0, priorSd));
      for (double yi : y) {
        joint.observe(AdDistribution.normal(mu, constant(sigma)), yi);
      }
    };
    double precision = 1 / (priorSd * priorSd) + y.length / (sigma * sigma);
    double sum = 0;
    for (double yi : y) {
      sum += yi;
    }
    checkMoments(run(model), "mu", sum / (sigma * sigma) / precision, 1 / precision);
  }

  @Test
  void gammaPoisson() {
    int[] counts = {3, 5, 2, 4, 6, 1};
    double a = 2;
    double b = 0.5;
    DifferentiableModel model = joint -> {
      AdReal rate = joint.sample("rate", AdDistribution.of(Family.GAMMA, constant(a),
          constant(b)));
      for (int c : counts) {
        joint.observe(AdDistribution.of(Family.POISSON, rate), c);
      }
    };
    double shape = a;
    for (int c : counts) {
      shape += c;
    }
    double rate = b + counts.length;
    checkMoments(run(model), "rate", shape / rate, shape / (rate * rate));
  }

  @Test
  void betaBinomial() {
    DifferentiableModel model = joint -> {
      AdReal p = joint.sample("p", AdDistribution.of(Family.BETA, constant(2), constant(3)));
      joint.observe(AdDistribution.of(Family.BINOMIAL, constant(20), p), 7);
    };
    double a = 2 + 7;
    double b = 3 + 13;
    checkMoments(run(model), "p", a / (a + b), a * b / ((a + b) * (a + b) * (a + b + 1)));
  }

  @Test
  void dirichletCategorical() {
    int[] counts = {4, 1, 7};
    DifferentiableModel model = joint -> {
      AdReal[] theta = joint.sampleVector("theta", new AdDistribution(Family.DIRICHLET,
          List.<AdReal[]>of(AdReal.constants(1, 2, 1))));
      for (int k = 0; k < counts.length; k++) {
        for (int i = 0; i < counts[k]; i++) {
          joint.observe(new AdDistribution(Family.CATEGORICAL, List.<AdReal[]>of(theta)), k);
        }
      }
    };
    double[] alpha = {1 + 4, 2 + 1, 1 + 7};
    double total = alpha[0] + alpha[1] + alpha[2];
    NutsResult r = run(model);
    for (int k = 0; k < 3; k++) {
      double m = alpha[k] / total;
      checkMoments(r, "theta[" + k + "]", m, m * (1 - m) / (total + 1));
    }
  }

  @Test
  void drawsDependOnTheSeedOnlyNotOnThreads() {
    DifferentiableModel model = joint -> joint.sample("x", AdDistribution.normal(0, 1));
    NutsConfig small = NutsConfig.defaults().withIterations(50, 20, 3);
    NutsResult one = Nuts.sample(ModelTarget.of(model), small, Rng.seeded(7), 1);
    NutsResult three = Nuts.sample(ModelTarget.of(model), small, Rng.seeded(7), 3);
    for (int c = 0; c < 3; c++) {
      assertArrayEquals(one.chainsOf(0)[c], three.chainsOf(0)[c]);
    }
  }

  @Test
  void discreteDrawsAreRejectedWithAHint() {
    DifferentiableModel model = joint -> joint.sampleUnnamed(
        AdDistribution.of(Family.POISSON, constant(3)));
    InferenceException e = assertThrows(InferenceException.class, () -> ModelTarget.of(model));
    assertTrue(e.getMessage().contains("'poisson'") && e.getMessage().contains("smc"),
        e.getMessage());
  }
}
