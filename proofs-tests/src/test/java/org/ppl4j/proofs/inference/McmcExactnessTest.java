package org.ppl4j.proofs.inference;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ppl4j.inference.gibbs.ParticleGibbs;
import org.ppl4j.inference.gibbs.ParticleGibbsConfig;
import org.ppl4j.inference.parallel.Parallelism;
import org.ppl4j.inference.pmmh.Pmmh;
import org.ppl4j.inference.pmmh.PmmhConfig;
import org.ppl4j.inference.pmmh.PmmhState;
import org.ppl4j.inference.population.LogWeights;
import org.ppl4j.inference.resampling.Resampler;
import org.ppl4j.inference.smc.Smc;
import org.ppl4j.inference.smc.SmcConfig;
import org.ppl4j.inference.traced.SingleSiteMh;
import org.ppl4j.inference.traced.Trace;
import org.ppl4j.inference.traced.Traced;
import org.ppl4j.semantics.model.Model;

/**
 * Exact invariance of the MCMC kernels (validation layers 2 and 3 made exact): start from the
 * exact stationary distribution (enumerated), apply one kernel step whose own draws are
 * enumerated by {@link ExhaustiveRng} and whose accept/reject coin is integrated analytically
 * (weights {@code min(1, a)} and {@code 1 - min(1, a)}), and compare the distribution of the
 * returned value with the exact posterior to 1e-9. For PMMH the stationary distribution is the
 * extended target of Andrieu, Doucet and Holenstein (2010): prior(theta) x SMC paths x Z^/Z,
 * which is exact only because the SMC estimate is unbiased; a biased resampler must break it.
 * Particle Gibbs (conditional SMC) must leave the posterior over complete traces invariant with
 * only 2 particles, and the same sweep without its reference particle must be caught.
 */
class McmcExactnessTest {
  static final double TOLERANCE = 1e-9;

  @ParameterizedTest
  @ValueSource(strings = {"twoSteps", "constrained", "changingStructure"})
  void singleSiteMhLeavesThePosteriorInvariant(String name) {
    Model<Integer> model = model(name);
    assertTrue(mhDeviation(model, false) <= TOLERANCE, name + ": " + mhDeviation(model, false));
  }

  @Test
  void mhWithoutTheTraceSizeCorrectionIsCaught() {
    double deviation = mhDeviation(DiscreteModels.changingStructure(), true);
    assertTrue(deviation > 1e-3, "the broken kernel went unnoticed: deviation " + deviation);
  }

  @ParameterizedTest
  @ValueSource(strings = {"systematic", "residual"})
  void pmmhLeavesThePosteriorInvariant(String resampler) {
    double deviation = pmmhDeviation(DiscreteModels.parameterThenLatent(),
        Resampler.named(resampler));
    assertTrue(deviation <= TOLERANCE, resampler + ": max deviation " + deviation);
  }

  @Test
  void pmmhOverABiasedResamplerIsCaught() {
    Resampler dropsLast = new Resampler() {
      @Override
      public int[] ancestors(double[] probabilities, org.ppl4j.semantics.random.Rng rng) {
        int[] a = Resampler.systematic().ancestors(probabilities, rng);
        return java.util.Arrays.copyOf(a, a.length - 1);
      }

      @Override
      public String name() {
        return "drops-last";
      }
    };
    double deviation = pmmhDeviation(DiscreteModels.parameterThenLatent(), dropsLast);
    assertTrue(deviation > 1e-3, "the broken pmmh went unnoticed: deviation " + deviation);
  }

  @ParameterizedTest
  @ValueSource(strings = {"twoSteps", "constrained", "parameterThenLatent"})
  void particleGibbsLeavesThePosteriorInvariant(String name) {
    double deviation = particleGibbsDeviation(model(name), true);
    assertTrue(deviation <= TOLERANCE, name + ": max deviation " + deviation);
  }

  @Test
  void aSweepThatForgetsTheReferenceIsCaught() {
    double deviation = particleGibbsDeviation(DiscreteModels.twoSteps(), false);
    assertTrue(deviation > 1e-3, "unconditional SMC went unnoticed: deviation " + deviation);
  }

  /** One particle Gibbs sweep (2 particles) from the exact posterior over complete traces. */
  static double particleGibbsDeviation(Model<Integer> model, boolean conditional) {
    Map<Integer, Double> exact = normalised(ExactEnumeration.unnormalised(model));
    double evidence = ExactEnumeration.evidence(ExactEnumeration.unnormalised(model));
    ParticleGibbsConfig config = new ParticleGibbsConfig(1, 0, 1, 2, Parallelism.sequential());
    Map<Integer, Double> after = new HashMap<>();
    for (var start : ExhaustiveRng.enumerate(6,
        rng -> Traced.run(model, Integer.MAX_VALUE, rng))) {
      Trace<Integer> t = start.result();
      double mass = start.probability() * Math.exp(t.logLikelihood()) / evidence;
      if (mass == 0) {
        continue;
      }
      for (var next : ExhaustiveRng.enumerate(6, rng -> ParticleGibbs.sweep(
          model, conditional ? Optional.of(t) : Optional.empty(), config, rng))) {
        after.merge(next.result().value(), mass * next.probability(), Double::sum);
      }
    }
    return maxDifference(exact, after);
  }

  static Model<Integer> model(String name) {
    switch (name) {
      case "twoSteps": return DiscreteModels.twoSteps();
      case "constrained": return DiscreteModels.constrained();
      case "changingStructure": return DiscreteModels.changingStructure();
      case "parameterThenLatent": return DiscreteModels.parameterThenLatent();
      default: throw new AssertionError(name);
    }
  }

  /**
   * Max |P(value) after one step from the exact posterior - exact posterior|, or the total
   * mass's distance from 1 if larger.
   */
  static double mhDeviation(Model<Integer> model, boolean dropTraceSizeTerm) {
    Map<Integer, Double> exact = normalised(ExactEnumeration.unnormalised(model));
    double evidence = ExactEnumeration.evidence(ExactEnumeration.unnormalised(model));
    Map<Integer, Double> after = new HashMap<>();
    for (var start : ExhaustiveRng.enumerate(6,
        rng -> Traced.run(model, Integer.MAX_VALUE, rng))) {
      Trace<Integer> t = start.result();
      double mass = start.probability() * Math.exp(t.logLikelihood()) / evidence;
      if (mass == 0) {
        continue;
      }
      for (var move : ExhaustiveRng.enumerate(6, rng -> SingleSiteMh.propose(t, rng))) {
        double logRatio = move.result().logAcceptanceRatio();
        if (dropTraceSizeTerm && logRatio > Double.NEGATIVE_INFINITY) {
          logRatio -= Math.log(t.choices().size())
              - Math.log(move.result().trace().choices().size());
        }
        double accept = Math.min(1, Math.exp(logRatio));
        double m = mass * move.probability();
        if (accept > 0) {
          after.merge(move.result().trace().value(), m * accept, Double::sum);
        }
        after.merge(t.value(), m * (1 - accept), Double::sum);
      }
    }
    return maxDifference(exact, after);
  }

  /** The same for one PMMH step started from the extended target. */
  static double pmmhDeviation(Model<Integer> model, Resampler resampler) {
    Map<Integer, Double> exact = normalised(ExactEnumeration.unnormalised(model));
    double evidence = ExactEnumeration.evidence(ExactEnumeration.unnormalised(model));
    PmmhConfig config = new PmmhConfig(1, 0, 1,
        new SmcConfig(2, resampler, 1.0, Parallelism.sequential()));
    Function<org.ppl4j.semantics.random.Rng, PmmhState<Integer>> initial = rng -> {
      Trace<Integer> parameters = Traced.run(model, 0, rng);
      return new PmmhState<>(parameters, Smc.run(parameters.rest(), config.smc(), rng));
    };
    Map<Integer, Double> after = new HashMap<>();
    for (var start : ExhaustiveRng.enumerate(6, initial)) {
      PmmhState<Integer> s = start.result();
      double mass = start.probability() * Math.exp(s.logLikelihoodEstimate()) / evidence;
      for (var move : ExhaustiveRng.enumerate(6, rng -> Pmmh.propose(s, config, rng))) {
        double accept = Math.min(1, Math.exp(move.result().logAcceptanceRatio()));
        double m = mass * move.probability();
        if (accept > 0) {
          addOutput(move.result().proposed().orElseThrow(), m * accept, after);
        }
        addOutput(s, m * (1 - accept), after);
      }
    }
    return maxDifference(exact, after);
  }

  private static void addOutput(PmmhState<Integer> s, double mass, Map<Integer, Double> out) {
    double[] w = LogWeights.normalised(s.filter().population().logWeights());
    for (int i = 0; i < w.length; i++) {
      out.merge(s.filter().values().get(i), mass * w[i], Double::sum);
    }
  }

  static Map<Integer, Double> normalised(Map<Integer, Double> unnormalised) {
    double z = ExactEnumeration.evidence(unnormalised);
    Map<Integer, Double> out = new HashMap<>();
    unnormalised.forEach((k, v) -> out.put(k, v / z));
    return out;
  }

  static double maxDifference(Map<Integer, Double> a, Map<Integer, Double> b) {
    double worst = 0;
    for (Integer k : a.keySet()) {
      worst = Math.max(worst, Math.abs(a.get(k) - b.getOrDefault(k, 0.0)));
    }
    for (Integer k : b.keySet()) {
      worst = Math.max(worst, Math.abs(b.get(k) - a.getOrDefault(k, 0.0)));
    }
    double total = b.values().stream().mapToDouble(Double::doubleValue).sum();
    return Math.max(worst, Math.abs(total - 1));
  }
}
