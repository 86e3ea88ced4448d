package org.ppl4j.proofs.inference;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ppl4j.inference.mh.Mh;
import org.ppl4j.inference.mh.MhConfig;
import org.ppl4j.inference.parallel.Parallelism;
import org.ppl4j.inference.pmmh.Pmmh;
import org.ppl4j.inference.pmmh.PmmhConfig;
import org.ppl4j.inference.resampling.Resampler;
import org.ppl4j.inference.rmsmc.Rmsmc;
import org.ppl4j.inference.rmsmc.RmsmcConfig;
import org.ppl4j.inference.smc.Smc;
import org.ppl4j.inference.smc.SmcConfig;
import org.ppl4j.inference.smc.SmcResult;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.random.Rng;

/**
 * Simulation-based calibration (Talts, Betancourt, Simpson, Vehtari and Gelman 2018;
 * validation layer 5) for smc, rmsmc, mh and pmmh on three models each: draw the parameter and
 * data from the prior, run the method, and record the rank of the true parameter among
 * L = 9 posterior draws (independent runs for the population methods, draws thinned from one
 * chain for the MCMC methods). Over R = 1,000 replications with a fixed seed, the ranks 0..9
 * must pass the three tests of {@link RankCalibration} (chi-square on the 10 rank values, mean
 * rank, spread of the ranks), each at level 1e-3. At this R and L the combination rejects a
 * posterior 20% too narrow and one biased by 0.3 sd with probability at least 0.9
 * ({@link SbcPowerTest}, bench/sbc-power/README.md); {@link #aNarrowOrBiasedSamplerIsCaught}
 * shows it rejecting such samplers. (A sampler that returns the prior passes SBC by
 * construction; {@link ReferenceAnswersTest} catches that one.)
 */
class SimulationBasedCalibrationTest {
  static final int REPLICATIONS = 1000;
  static final int DRAWS = 9;
  static final long SEED = 424242L;

  /** A model for SBC: simulate (true value, data) from the prior; condition on the data. */
  record SbcModel(String name, Function<Rng, Simulated> simulate,
      Function<double[], Model<Double>> condition) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** The true value of the returned quantity and the data it generated. */
  record Simulated(double truth, double[] data) {}

  static final SbcModel NORMAL_MEAN = new SbcModel("normal mean",
      rng -> {
        double mu = rng.nextGaussian();
        double[] ys = new double[5];
        for (int i = 0; i < ys.length; i++) {
          ys[i] = mu + rng.nextGaussian();
        }
        return new Simulated(mu, ys);
      },
      ys -> ReferenceModels.stateSpace(1, 1, 0, 1, ys));

  static final SbcModel BETA_BERNOULLI = new SbcModel("beta-bernoulli",
      rng -> {
        double p = new TestDists.BetaInt(2, 2).sample(rng);
        double[] flips = new double[8];
        for (int i = 0; i < flips.length; i++) {
          flips[i] = rng.nextDouble() < p ? 1 : 0;
        }
        return new Simulated(p, flips);
      },
      flips -> {
        boolean[] b = new boolean[flips.length];
        for (int i = 0; i < b.length; i++) {
          b[i] = flips[i] == 1;
        }
        return ReferenceModels.betaBernoulli(2, 2, b);
      });

  static final SbcModel RANDOM_WALK = new SbcModel("random walk, final state",
      rng -> {
        double x = rng.nextGaussian();
        double[] ys = new double[3];
        for (int t = 0; t < ys.length; t++) {
          x = x + 0.7 * rng.nextGaussian();
          ys[t] = x + rng.nextGaussian();
        }
        return new Simulated(x, ys);
      },
      ys -> ReferenceModels.stateSpace(1, 1, 0.7, 1, ys));

  static SmcConfig smc(int particles) {
    return new SmcConfig(particles, Resampler.systematic(), 0.5, Parallelism.sequential());
  }

  /** L posterior draws by independent population runs, one particle drawn by weight each. */
  static List<Double> populationDraws(
      BiFunction<Model<Double>, Rng, SmcResult<?, Double>> method, Model<Double> model,
      Rng rng) {
    List<Double> out = new ArrayList<>();
    for (int l = 0; l < DRAWS; l++) {
      SmcResult<?, Double> r = method.apply(model, rng);
      out.add(r.values().get(r.population().drawIndex(rng)));
    }
    return out;
  }

  static List<Double> thinned(List<Double> chain, int thin) {
    List<Double> out = new ArrayList<>();
    for (int i = thin - 1; i < chain.size(); i += thin) {
      out.add(chain.get(i));
    }
    return out;
  }

  static final List<String> METHODS = List.of("smc", "rmsmc", "mh", "pmmh");

  static List<Double> posteriorDraws(String method, Model<Double> model, Rng rng) {
    switch (method) {
      case "smc":
        return populationDraws((m, r) -> Smc.run(m, smc(100), r), model, rng);
      case "rmsmc":
        return populationDraws(
            (m, r) -> Rmsmc.run(m, new RmsmcConfig(smc(50), 1), r), model, rng);
      case "mh":
        return Mh.run(model, new MhConfig(DRAWS, 100, 20, 1, Parallelism.sequential()), rng)
            .chains().get(0);
      case "pmmh":
        // thinned by 10: by 5, the draws were correlated enough to show as a U shape (R = 1,000)
        return thinned(Pmmh.run(model, new PmmhConfig(DRAWS * 10, 50, 1, smc(20)), rng)
            .chains().get(0), 10);
      default:
        throw new AssertionError(method);
    }
  }

  static Stream<Arguments> cases() {
    return METHODS.stream().flatMap(m -> Stream.of(NORMAL_MEAN, BETA_BERNOULLI, RANDOM_WALK)
        .map(model -> Arguments.of(m, model)));
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("cases")
  void ranksAreUniform(String method, SbcModel sbc) {
    int[] ranks = ranks(method, sbc, (data, draw) -> draw);
    RankCalibration.of(ranks, DRAWS, DRAWS + 1)
        .assertCalibrated("SBC " + method + " on " + sbc.name(), SEED);
  }

  /**
   * The broken twins: smc's draws on the normal mean, moved after the fact to a posterior 20%
   * too narrow (towards the exact posterior mean) or biased by 0.3 posterior sd, must fail.
   * The exact posterior is N(sum(ys) / 6, 1 / 6): prior N(0, 1), five observations of sd 1.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"narrow", "biased"})
  void aNarrowOrBiasedSamplerIsCaught(String error) {
    double sd = 1 / Math.sqrt(6);
    BiFunction<double[], Double, Double> broken = (ys, draw) -> {
      double mean = Arrays.stream(ys).sum() / 6;
      return error.equals("narrow") ? mean + 0.8 * (draw - mean) : draw + 0.3 * sd;
    };
    RankCalibration c = RankCalibration.of(ranks("smc", NORMAL_MEAN, broken), DRAWS, DRAWS + 1);
    assertTrue(c.rejects(), "the " + error + " sampler went unnoticed: "
        + c.report("SBC smc on normal mean, " + error, SEED));
  }

  /** The rank of the truth among the method's L draws, each first passed through {@code edit}. */
  static int[] ranks(String method, SbcModel sbc, BiFunction<double[], Double, Double> edit) {
    Rng rng = Rng.seeded(SEED);
    int[] ranks = new int[REPLICATIONS];
    for (int rep = 0; rep < REPLICATIONS; rep++) {
      Rng r = rng.split();
      Simulated s = sbc.simulate().apply(r);
      for (double d : posteriorDraws(method, sbc.condition().apply(s.data()), r)) {
        ranks[rep] += edit.apply(s.data(), d) < s.truth() ? 1 : 0;
      }
    }
    return ranks;
  }
}
