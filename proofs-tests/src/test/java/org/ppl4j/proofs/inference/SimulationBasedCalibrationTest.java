package org.ppl4j.proofs.inference;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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
 * chain for the MCMC methods). Over 200 replications with a fixed seed, the ranks 0..9 must be
 * uniform by Pearson's chi-square test (9 degrees of freedom) at level 1e-4.
 */
class SimulationBasedCalibrationTest {
  static final int REPLICATIONS = 200;
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
        return thinned(Pmmh.run(model, new PmmhConfig(DRAWS * 5, 50, 1, smc(20)), rng)
            .chains().get(0), 5);
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
    Rng rng = Rng.seeded(SEED);
    int[] counts = new int[DRAWS + 1];
    for (int rep = 0; rep < REPLICATIONS; rep++) {
      Rng r = rng.split();
      Simulated s = sbc.simulate().apply(r);
      List<Double> draws = posteriorDraws(method, sbc.condition().apply(s.data()), r);
      int rank = 0;
      for (double d : draws) {
        rank += d < s.truth() ? 1 : 0;
      }
      counts[rank]++;
    }
    MonteCarloCheck.assertUniform("SBC " + method + " on " + sbc.name(), counts, SEED);
  }
}
