package org.ppl4j.runner.method;

import org.ppl4j.inference.smc.SmcConfig;
import org.ppl4j.inference.smc.SmcResult;
import org.ppl4j.semantics.posterior.Diagnostics;
import org.ppl4j.semantics.posterior.Empirical;
import org.ppl4j.semantics.posterior.Posterior;

/** How the command-line options fill an {@link SmcConfig}, and SMC results as posteriors. */
final class SmcOptions {
  private SmcOptions() {}

  /** {@code base} with {@code --particles}, {@code --resampler}, {@code --ess-threshold}. */
  static SmcConfig apply(MethodOptions options, SmcConfig base) {
    SmcConfig config = base;
    if (options.particles().isPresent()) {
      config = config.withParticles(options.particles().getAsInt());
    }
    if (options.resampler().isPresent()) {
      config = config.withResampler(options.resampler().get());
    }
    if (options.essThreshold().isPresent()) {
      config = config.withEssThreshold(options.essThreshold().getAsDouble());
    }
    return config;
  }

  /** Weighted draws with their log evidence, and the population's ESS after each step. */
  static <A> Posterior<A> posterior(String method, Empirical<A> draws, double[] essHistory) {
    return Posterior.of(method, draws).withDiagnostics(Diagnostics.none().withEssHistory(
        java.util.Arrays.stream(essHistory).boxed().toList()));
  }

  /**
   * The final population of {@code result} as weighted draws, with the population's ESS after
   * each step and the number of distinct results among its particles (resampling copies a
   * particle, so a collapsed population holds few).
   */
  static <A> Posterior<A> posterior(String method, SmcResult<?, A> result) {
    Posterior<A> posterior = posterior(method, result.empirical(), result.essHistory());
    int distinct = new java.util.HashSet<>(result.values()).size();
    return distinct == 0 ? posterior : posterior.withDiagnostics(
        posterior.diagnostics().withDistinctParticles(distinct));
  }
}
