package org.ppl4j.proofs.inference;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ppl4j.inference.importance.Importance;
import org.ppl4j.inference.parallel.Parallelism;
import org.ppl4j.inference.population.ZeroWeightException;
import org.ppl4j.inference.resampling.Resampler;
import org.ppl4j.inference.sequential.Sequential;
import org.ppl4j.inference.smc.Smc;
import org.ppl4j.inference.smc.SmcConfig;
import org.ppl4j.inference.smc.SmcResult;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.random.Rng;

/**
 * Exact meaning preservation (validation layer 2): under a source that enumerates every one of
 * the algorithm's own draws, the expected evidence estimate equals the exact evidence and the
 * expected unnormalised weighted population {@code E[Z^ sum_i wbar_i delta(x_i)]} equals the
 * exact unnormalised posterior {@code Z pi}, to 1e-9 — unbiasedness and properness, as proved
 * in Ścibior et al., POPL 2018. A resampler that drops its last offspring must fail the check.
 */
class SmcExactnessTest {
  static final double TOLERANCE = 1e-9;
  static final int GRID = 6;

  static Stream<Arguments> cases() {
    return Resampler.all().stream().flatMap(r -> Stream.of(
        Arguments.of(r, "twoSteps"), Arguments.of(r, "constrained"),
        Arguments.of(r, "parameterThenLatent")));
  }

  static Model<Integer> model(String name) {
    switch (name) {
      case "twoSteps": return DiscreteModels.twoSteps();
      case "constrained": return DiscreteModels.constrained();
      case "parameterThenLatent": return DiscreteModels.parameterThenLatent();
      default: throw new AssertionError(name);
    }
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("cases")
  void smcIsUnbiasedAndProper(Resampler resampler, String modelName) {
    SmcConfig config = new SmcConfig(2, resampler, 1.0, Parallelism.sequential());
    double deviation = maxDeviation(model(modelName), rng -> Smc.run(model(modelName), config, rng));
    assertTrue(deviation <= TOLERANCE,
        resampler.name() + " on " + modelName + ": max deviation " + deviation);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modelNames")
  void importanceSamplingIsUnbiasedAndProper(String modelName) {
    double deviation = maxDeviation(model(modelName),
        rng -> Importance.run(model(modelName), 2, rng, Parallelism.sequential()));
    assertTrue(deviation <= TOLERANCE, modelName + ": max deviation " + deviation);
  }

  static Stream<String> modelNames() {
    return Stream.of("twoSteps", "constrained", "parameterThenLatent");
  }

  @Test
  void aResamplerThatDropsItsLastOffspringIsCaught() {
    Resampler broken = new Resampler() {
      @Override
      public int[] ancestors(double[] probabilities, Rng rng) {
        int[] a = Resampler.systematic().ancestors(probabilities, rng);
        return java.util.Arrays.copyOf(a, a.length - 1);
      }

      @Override
      public String name() {
        return "drops-last";
      }
    };
    SmcConfig config = new SmcConfig(2, broken, 1.0, Parallelism.sequential());
    double deviation = maxDeviation(DiscreteModels.twoSteps(),
        rng -> Smc.run(DiscreteModels.twoSteps(), config, rng));
    assertTrue(deviation > 1e-3, "the broken resampler went unnoticed: deviation " + deviation);
  }

  /**
   * The largest absolute difference between expected and exact evidence and between expected
   * and exact unnormalised posterior masses; a run ending with every particle dead estimates
   * the evidence as 0.
   */
  static <A> double maxDeviation(
      Model<A> model, Function<Rng, SmcResult<Sequential<A>, A>> algorithm) {
    Map<A, Double> exact = ExactEnumeration.unnormalised(model);
    double evidence = ExactEnumeration.evidence(exact);
    List<ExhaustiveRng.Outcome<Optional<SmcResult<Sequential<A>, A>>>> outcomes =
        ExhaustiveRng.enumerate(GRID, rng -> {
          try {
            return Optional.of(algorithm.apply(rng));
          } catch (ZeroWeightException e) {
            return Optional.empty();
          }
        });
    double expectedEvidence = 0;
    Map<A, Double> expectedMass = new HashMap<>();
    for (var outcome : outcomes) {
      if (outcome.result().isEmpty()) {
        continue;
      }
      SmcResult<Sequential<A>, A> r = outcome.result().get();
      double z = Math.exp(r.logEvidence());
      expectedEvidence += outcome.probability() * z;
      double[] w = org.ppl4j.inference.population.LogWeights.normalised(
          r.population().logWeights());
      for (int i = 0; i < w.length; i++) {
        expectedMass.merge(r.values().get(i), outcome.probability() * z * w[i], Double::sum);
      }
    }
    double worst = Math.abs(expectedEvidence - evidence);
    for (A v : exact.keySet()) {
      worst = Math.max(worst, Math.abs(expectedMass.getOrDefault(v, 0.0) - exact.get(v)));
    }
    for (A v : expectedMass.keySet()) {
      worst = Math.max(worst, Math.abs(expectedMass.get(v) - exact.getOrDefault(v, 0.0)));
    }
    return worst;
  }
}
