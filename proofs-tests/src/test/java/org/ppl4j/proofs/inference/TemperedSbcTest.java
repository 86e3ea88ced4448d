package org.ppl4j.proofs.inference;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ppl4j.inference.kernels.Proposal;
import org.ppl4j.inference.mh.MhConfig;
import org.ppl4j.inference.parallel.Parallelism;
import org.ppl4j.inference.rwmh.AdaptiveMh;
import org.ppl4j.inference.rwmh.AdaptiveMhConfig;
import org.ppl4j.inference.tempered.TemperedSmc;
import org.ppl4j.inference.tempered.TemperedSmcConfig;
import org.ppl4j.inference.tempered.TemperedSmcResult;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.random.Rng;

/**
 * Simulation-based calibration (Talts et al. 2018) of tempered SMC and of adaptive random-walk
 * MH, as {@link SimulationBasedCalibrationTest} does for the other methods and on its models
 * (normal mean, beta-bernoulli, random walk): 200 replications (seed 515151), the rank of the
 * true value among L = 9 posterior draws (tempered: one particle of each of 9 independent runs
 * of 50 particles; MH: one chain, 100 warm-up steps, 9 draws 20 steps apart, step sizes frozen
 * after warm-up), uniform by chi-square at level 1e-4.
 */
class TemperedSbcTest {
  static final int REPLICATIONS = 200;
  static final int DRAWS = SimulationBasedCalibrationTest.DRAWS;
  static final long SEED = 515151L;

  static List<Double> posteriorDraws(String method, Model<Double> model, Rng rng) {
    if (method.equals("tempered")) {
      TemperedSmcConfig config = TemperedSmcConfig.defaults().withParticles(50)
          .withParallelism(Parallelism.sequential());
      List<Double> out = new ArrayList<>();
      for (int l = 0; l < DRAWS; l++) {
        TemperedSmcResult<Double> r = TemperedSmc.run(model, config, rng);
        out.add(r.values().get(rng.nextInt(r.values().size())));
      }
      return out;
    }
    Proposal proposal = Proposal.named(method.substring("mh-".length()));
    return AdaptiveMh.run(model, new AdaptiveMhConfig(
        new MhConfig(DRAWS, 100, 20, 1, Parallelism.sequential()), proposal, 1.0), rng)
        .chains().get(0);
  }

  static Stream<Arguments> cases() {
    return Stream.of("tempered", "mh-rw", "mh-auto").flatMap(m -> Stream.of(
            SimulationBasedCalibrationTest.NORMAL_MEAN,
            SimulationBasedCalibrationTest.BETA_BERNOULLI,
            SimulationBasedCalibrationTest.RANDOM_WALK)
        .map(model -> Arguments.of(m, model)));
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("cases")
  void ranksAreUniform(String method, SimulationBasedCalibrationTest.SbcModel sbc) {
    Rng rng = Rng.seeded(SEED);
    int[] counts = new int[DRAWS + 1];
    for (int rep = 0; rep < REPLICATIONS; rep++) {
      Rng r = rng.split();
      SimulationBasedCalibrationTest.Simulated s = sbc.simulate().apply(r);
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
