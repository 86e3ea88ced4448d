package org.ppl4j.runner.method;

import java.util.Optional;
import java.util.function.Supplier;
import org.ppl4j.inference.batched.BatchFallback;
import org.ppl4j.inference.batched.BatchedSmc;
import org.ppl4j.inference.smc.SmcConfig;
import org.ppl4j.runner.progress.Progress;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.transform.ParticleProgram;
import org.ppl4j.semantics.value.Value;

/**
 * Which path a particle method's population takes: the batched population ({@link BatchedSmc}:
 * the program recorded once as a straight line over its draws, every particle run at once as
 * arrays) wherever the program's path does not depend on its draws, else one suspended program
 * per particle, as always. The choice never changes the answer's meaning (both paths pass the
 * same exactness tests), and a batched run that meets anything only the per-particle run can
 * report (a parameter outside its domain, every particle dead) is handed to it. The posterior's
 * {@code density} diagnostic says which path ran and why (the JSON's {@code population} with
 * {@code --diagnostics}) ({@code --density interpreted} forces
 * the per-particle path).
 */
final class BatchedPath {
  private BatchedPath() {}

  /**
   * The batched run of {@code problem} with {@code config}, or {@code perParticle}'s run with the
   * reason the batched one could not be taken.
   */
  static Posterior<Value> run(String method, InferenceProblem problem, MethodOptions options,
      SmcConfig config, Rng rng, Progress progress, Supplier<Posterior<Value>> perParticle) {
    String reason;
    if (!options.hmc().compiledDensity()) {
      reason = "--density interpreted";
    } else {
      ParticleProgram.Outcome outcome = ParticleProgram.of(problem.model());
      if (outcome instanceof ParticleProgram.Outcome.Batchable b) {
        Optional<Posterior<Value>> batched = batched(method, b.program(), config, rng, progress);
        if (batched.isPresent()) {
          return batched.get();
        }
        reason = "a particle met what only its own run reports";
      } else {
        reason = ((ParticleProgram.Outcome.PerParticle) outcome).reason();
      }
    }
    Posterior<Value> posterior = perParticle.get();
    return posterior.withDiagnostics(posterior.diagnostics().withDensity(
        "per particle: " + reason));
  }

  private static Optional<Posterior<Value>> batched(String method, ParticleProgram program,
      SmcConfig config, Rng rng, Progress progress) {
    progress.begin(method, Math.max(1L, (long) config.particles()
        * Math.max(1, program.scores())));
    BatchedSmc.Result result;
    try {
      result = BatchedSmc.run(program, config, rng, progress::advance);
    } catch (BatchFallback e) {
      return Optional.empty();
    }
    boolean resamples = config.essThreshold() > 0;
    // importance sampling (never resampling) reports what its per-particle run reports: no ESS
    // history and no count of distinct particles
    Posterior<Value> posterior = SmcOptions.posterior(method, result.draws(),
        resamples ? result.essHistory() : new double[0]);
    org.ppl4j.semantics.posterior.Diagnostics d = posterior.diagnostics();
    if (resamples) {
      d = d.withDistinctParticles(Math.max(1, result.distinct()));
    }
    return Optional.of(posterior.withDiagnostics(d
        .withDensity("compiled (batched population: " + program.line().size() + " nodes, "
            + result.peakArrays() + " arrays of " + config.particles() + " at most)")));
  }
}
