package org.ppl4j.runner.method;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import org.ppl4j.inference.mh.MhResult;
import org.ppl4j.inference.population.ZeroWeightException;
import org.ppl4j.inference.resampling.Resampler;
import org.ppl4j.inference.smc.SmcConfig;
import org.ppl4j.inference.smc.SmcResult;
import org.ppl4j.runner.UserError;
import org.ppl4j.semantics.posterior.Empirical;
import org.ppl4j.semantics.value.Value;

/**
 * Shared plumbing of the population and MCMC methods of the inference module: options to
 * configs (absent options keep {@code XxxConfig.defaults()}), results to outcomes, and the
 * all-particles-dead error to a user error.
 */
final class MonteCarloOptions {
  private MonteCarloOptions() {}

  static SmcConfig smc(MethodOptions options, SmcConfig defaults) {
    SmcConfig c = defaults;
    if (options.particles().isPresent()) {
      c = c.withParticles(options.particles().getAsInt());
    }
    if (options.resampler().isPresent()) {
      c = c.withResampler(Resampler.named(options.resampler().get().optionName()));
    }
    if (options.essThreshold().isPresent()) {
      c = c.withEssThreshold(options.essThreshold().getAsDouble());
    }
    return c;
  }

  static InferenceOutcome population(SmcResult<?, Value> result) {
    double[] ess = result.essHistory();
    InferenceOutcome out = InferenceOutcome.of(result.empirical())
        .withDiagnostic("resamplings", result.resamplings());
    if (ess.length > 0) {
      double min = Double.POSITIVE_INFINITY;
      for (double e : ess) {
        min = Math.min(min, e);
      }
      out = out.withDiagnostic("min_ess", min);
    }
    return out;
  }

  static InferenceOutcome chains(MhResult<Value> result) {
    List<Empirical<Value>> chains = result.chains().stream().map(Empirical::unweighted).toList();
    return new InferenceOutcome(chains, OptionalDouble.empty(),
        Map.of("acceptance_rate", result.acceptanceRate()));
  }

  /** Runs {@code algorithm}, turning "every particle has zero weight" into a user error. */
  static <T> T reportingZeroWeight(Supplier<T> algorithm) {
    try {
      return algorithm.get();
    } catch (ZeroWeightException e) {
      throw new UserError(e.getMessage());
    }
  }
}
