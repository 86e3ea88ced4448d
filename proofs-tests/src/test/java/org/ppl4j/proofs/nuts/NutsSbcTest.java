package org.ppl4j.proofs.nuts;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ppl4j.semantics.ad.AdReal.constant;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.junit.jupiter.api.Test;
import org.ppl4j.inference.nuts.ModelTarget;
import org.ppl4j.inference.nuts.Nuts;
import org.ppl4j.inference.nuts.NutsConfig;
import org.ppl4j.inference.nuts.NutsResult;
import org.ppl4j.semantics.ad.AdDistribution;
import org.ppl4j.semantics.ad.AdMath;
import org.ppl4j.semantics.ad.AdReal;
import org.ppl4j.semantics.dist.Family;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.transform.DifferentiableModel;

/**
 * Simulation-based calibration of NUTS (Talts, Betancourt, Simpson, Vehtari, Gelman 2018) on
 * three models: draw the parameters from the prior and data from them, run one NUTS chain
 * (200 warm-up, 400 draws thinned by 4 to L = 99 nearly independent draws), and record the
 * rank of each true parameter among the L draws. If the sampler is right the ranks are
 * uniform on 0..L: binned into 10 bins of 10 ranks, a chi-square test with 9 degrees of
 * freedom must not reject at level 1e-3. R = 200 replications per model, seed 1; replication
 * r uses the r-th generator split from the seed, so the result does not depend on threads.
 */
class NutsSbcTest {
  private static final int REPLICATIONS = 200;
  private static final int THIN = 4;
  private static final int KEPT = 99;
  private static final int BINS = 10;
  private static final double LEVEL = 1e-3;
  private static final long SEED = 1;
  private static final NutsConfig CONFIG =
      NutsConfig.defaults().withIterations(200, KEPT * THIN + THIN - 1, 1);

  /** One simulated data set: the true parameters (by output name) and the model given it. */
  record Simulation(double[] truth, DifferentiableModel model) {}

  private static void calibrate(String what, List<String> names,
      Function<Rng, Simulation> simulate) {
    List<Rng> rngs = new ArrayList<>();
    Rng root = Rng.seeded(SEED);
    for (int r = 0; r < REPLICATIONS; r++) {
      rngs.add(root.split());
    }
    int[][] ranks = IntStream.range(0, REPLICATIONS).parallel().mapToObj(r -> {
      Rng rng = rngs.get(r);
      Simulation s = simulate.apply(rng);
      NutsResult result = Nuts.sample(ModelTarget.of(s.model()), CONFIG, rng, 1);
      int[] out = new int[names.size()];
      for (int k = 0; k < names.size(); k++) {
        double[] draws = result.pooled(result.indexOf(names.get(k)));
        for (int i = THIN - 1; i < draws.length; i += THIN) {
          out[k] += draws[i] < s.truth()[k] ? 1 : 0;
        }
      }
      return out;
    }).toArray(int[][]::new);
    for (int k = 0; k < names.size(); k++) {
      long[] counts = new long[BINS];
      for (int[] r : ranks) {
        counts[Math.min(BINS - 1, r[k] * BINS / (KEPT + 1))]++;
      }
      double expected = (double) REPLICATIONS / BINS;
      double chi2 = 0;
      for (long c : counts) {
        chi2 += (c - expected) * (c - expected) / expected;
      }
      double p = 1 - new ChiSquaredDistribution(BINS - 1).cumulativeProbability(chi2);
      assertTrue(p >= LEVEL, what + " " + names.get(k) + ": seed " + SEED + ", R "
          + REPLICATIONS + ", L " + KEPT + ", chi2 " + chi2 + ", p " + p + ", bins "
          + Arrays.toString(counts));
    }
  }

  private static double halfNormal(Rng rng, double sigma) {
    return Math.abs(rng.nextGaussian()) * sigma;
  }

  @Test
  void normalWithUnknownMeanAndScale() {
    calibrate("normal", List.of("mu", "sigma"), rng -> {
      double mu = rng.nextGaussian();
      double sigma = halfNormal(rng, 1);
      double[] y = new double[10];
      for (int i = 0; i < y.length; i++) {
        y[i] = mu + sigma * rng.nextGaussian();
      }
      return new Simulation(new double[] {mu, sigma}, joint -> {
        AdReal m = joint.sample("mu", AdDistribution.normal(0, 1));
        AdReal s = joint.sample("sigma", AdDistribution.of(Family.HALF_NORMAL, constant(1)));
        for (double yi : y) {
          joint.observe(AdDistribution.normal(m, s), yi);
        }
      });
    });
  }

  @Test
  void logisticRegression() {
    calibrate("logistic regression", List.of("a", "b"), rng -> {
      double a = rng.nextGaussian();
      double b = rng.nextGaussian();
      double[] x = new double[30];
      boolean[] y = new boolean[30];
      for (int i = 0; i < x.length; i++) {
        x[i] = rng.nextGaussian();
        y[i] = rng.nextDouble() < AdMath.logistic(a + b * x[i]);
      }
      return new Simulation(new double[] {a, b}, joint -> {
        AdReal ca = joint.sample("a", AdDistribution.normal(0, 1));
        AdReal cb = joint.sample("b", AdDistribution.normal(0, 1));
        for (int i = 0; i < x.length; i++) {
          AdReal p = AdMath.logistic(cb.times(x[i]).plus(ca));
          joint.observe(AdDistribution.of(Family.BERNOULLI, p), y[i] ? 1 : 0);
        }
      });
    });
  }

  @Test
  void hierarchicalNonCentred() {
    int groups = 4;
    calibrate("hierarchical", List.of("mu", "tau"), rng -> {
      double mu = rng.nextGaussian();
      double tau = halfNormal(rng, 1);
      double[] y = new double[groups];
      for (int j = 0; j < groups; j++) {
        y[j] = mu + tau * rng.nextGaussian() + rng.nextGaussian();
      }
      return new Simulation(new double[] {mu, tau}, joint -> {
        AdReal m = joint.sample("mu", AdDistribution.normal(0, 1));
        AdReal t = joint.sample("tau", AdDistribution.of(Family.HALF_NORMAL, constant(1)));
        for (int j = 0; j < groups; j++) {
          AdReal eta = joint.sampleUnnamed(AdDistribution.normal(0, 1))[0];
          joint.observe(AdDistribution.normal(eta.times(t).plus(m), constant(1)), y[j]);
        }
      });
    });
  }
}
