package org.ppl4j.proofs.nuts;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ppl4j.semantics.ad.AdReal.constant;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.ppl4j.inference.nuts.ModelTarget;
import org.ppl4j.inference.nuts.Nuts;
import org.ppl4j.inference.nuts.NutsConfig;
import org.ppl4j.inference.nuts.NutsResult;
import org.ppl4j.proofs.inference.RankCalibration;
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
 * uniform on 0..L; {@link RankCalibration} tests them three ways (chi-square on 10 bins, mean
 * rank, spread of the ranks), each at level 1e-3. R = 500 replications per model, seed 1;
 * replication r uses the r-th generator split from the seed, so the result does not depend on
 * threads. At this R and L the combination rejects a posterior 20% too narrow and one biased by
 * 0.3 sd with probability at least 0.9 ({@code SbcPowerTest}, bench/sbc-power/README.md), and
 * {@link #normalWithUnknownMeanAndScale} shows it rejecting NUTS whose draws are shrunk by 20%.
 */
public class NutsSbcTest {
  /** Replications per model. */
  public static final int REPLICATIONS = 500;
  private static final int THIN = 4;
  /** Posterior draws each true value is ranked among. */
  public static final int KEPT = 99;
  /** Bins of the chi-square test. */
  public static final int BINS = 10;
  private static final long SEED = 1;
  private static final NutsConfig CONFIG =
      NutsConfig.defaults().withIterations(200, KEPT * THIN + THIN - 1, 1);

  /** One simulated data set: the true parameters (by output name) and the model given it. */
  record Simulation(double[] truth, DifferentiableModel model) {}

  private static void calibrate(String what, List<String> names,
      Function<Rng, Simulation> simulate) {
    int[][] ranks = ranks(names, new double[names.size()], simulate);
    for (int k = 0; k < names.size(); k++) {
      RankCalibration.of(ranks[k], KEPT, BINS).assertCalibrated(what + " " + names.get(k), SEED);
    }
  }

  /**
   * The rank of each true parameter among the kept draws, per name and replication; the draws
   * of {@code names[k]} are first shrunk towards their chain's mean by the factor
   * {@code 1 - narrowing[k]} (0 for NUTS as it is).
   */
  static int[][] ranks(List<String> names, double[] narrowing,
      Function<Rng, Simulation> simulate) {
    List<Rng> rngs = new ArrayList<>();
    Rng root = Rng.seeded(SEED);
    for (int r = 0; r < REPLICATIONS; r++) {
      rngs.add(root.split());
    }
    int[][] byReplication = IntStream.range(0, REPLICATIONS).parallel().mapToObj(r -> {
      Rng rng = rngs.get(r);
      Simulation s = simulate.apply(rng);
      NutsResult result = Nuts.sample(ModelTarget.of(s.model()), CONFIG, rng, 1);
      int[] out = new int[names.size()];
      for (int k = 0; k < names.size(); k++) {
        double[] draws = result.pooled(result.indexOf(names.get(k)));
        double truth = s.truth()[names.indexOf(names.get(k))]; // a repeated name: same truth
        double mean = Arrays.stream(draws).average().orElseThrow();
        for (int i = THIN - 1; i < draws.length; i += THIN) {
          out[k] += mean + (1 - narrowing[k]) * (draws[i] - mean) < truth ? 1 : 0;
        }
      }
      return out;
    }).toArray(int[][]::new);
    int[][] byName = new int[names.size()][REPLICATIONS];
    for (int r = 0; r < REPLICATIONS; r++) {
      for (int k = 0; k < names.size(); k++) {
        byName[k][r] = byReplication[r][k];
      }
    }
    return byName;
  }

  private static double halfNormal(Rng rng, double sigma) {
    return Math.abs(rng.nextGaussian()) * sigma;
  }

  /**
   * The normal model, with its broken twin on the same NUTS runs: the draws of mu shrunk 20%
   * towards their mean (a posterior 20% too narrow) must be rejected.
   */
  @Test
  void normalWithUnknownMeanAndScale() {
    int[][] ranks = ranks(List.of("mu", "sigma", "mu"), new double[] {0, 0, 0.2},
        NutsSbcTest::normal);
    RankCalibration.of(ranks[0], KEPT, BINS).assertCalibrated("normal mu", SEED);
    RankCalibration.of(ranks[1], KEPT, BINS).assertCalibrated("normal sigma", SEED);
    RankCalibration twin = RankCalibration.of(ranks[2], KEPT, BINS);
    assertTrue(twin.rejects(), "a posterior 20% too narrow went unnoticed: "
        + twin.report("normal mu, shrunk by 0.8", SEED));
  }

  private static Simulation normal(Rng rng) {
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
