package org.ppl4j.runner.method;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.ppl4j.compiler.diagnostics.PplException;
import org.ppl4j.inference.nuts.ModelTarget;
import org.ppl4j.inference.tempered.TemperedGradient;
import org.ppl4j.inference.tempered.TemperedSmc;
import org.ppl4j.inference.tempered.TemperedSmcConfig;
import org.ppl4j.inference.tempered.TemperedSmcResult;
import org.ppl4j.runner.progress.Progress;
import org.ppl4j.semantics.infer.InferenceException;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.posterior.Diagnostics;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.transform.LogJoint;
import org.ppl4j.semantics.transform.ProgramDensity;
import org.ppl4j.semantics.value.Value;

/**
 * {@code --method tempered}: tempered SMC ({@link TemperedSmc}) for static models, from the
 * prior to the posterior through {@code prior * likelihood^beta}; {@code --ess-threshold} is the
 * conditional ESS kept at each step (default 0.5); {@code --move mala|hmc|auto} moves by the
 * gradient of the program's density where every latent is continuous (default rw). The progress
 * bar follows {@code beta}.
 */
public final class TemperedMethod implements InferenceMethod {
  private static final long PROGRESS_UNITS = 1000;

  @Override
  public String name() {
    return "tempered";
  }

  @Override
  public String description() {
    return "tempered SMC; --particles --ess-threshold --resampler --move";
  }

  @Override
  public Set<MethodOption> reads() {
    return Set.of(MethodOption.PARTICLES, MethodOption.ESS_THRESHOLD, MethodOption.RESAMPLER,
        MethodOption.MOVE);
  }

  @Override
  public Posterior<Value> run(InferenceProblem problem, MethodOptions options, Rng rng,
      Progress progress) {
    TemperedSmcConfig config = TemperedSmcConfig.defaults();
    if (options.particles().isPresent()) {
      config = config.withParticles(options.particles().getAsInt());
    }
    if (options.essThreshold().isPresent()) {
      double t = options.essThreshold().getAsDouble();
      if (t >= 1) {
        throw new InferenceException(
            "tempered: --ess-threshold must be below 1 (each step keeps that fraction of the"
                + " particles' ESS), got " + t);
      }
      config = config.withEssThreshold(t);
    }
    if (options.resampler().isPresent()) {
      config = config.withResampler(options.resampler().get());
    }
    if (options.move().isPresent()) {
      config = config.withMove(options.move().get());
    }
    progress.begin(name(), PROGRESS_UNITS);
    long[] done = {0};
    try {
      TemperedSmcResult<Value> result = TemperedSmc.run(problem.model(),
          config.move().wantsGradient() ? Optional.of(gradient(problem)) : Optional.empty(),
          config, rng, beta -> {
        long units = Math.round(beta * PROGRESS_UNITS);
        progress.advance(units - done[0]);
        done[0] = units;
      });
      return Posterior.of(name(), result.empirical()).withDiagnostics(Diagnostics.none()
          .withEssHistory(Arrays.stream(result.essHistory()).boxed().toList())
          .withAcceptanceRate(result.acceptanceRate()));
    } finally {
      progress.end();
    }
  }

  /**
   * The program's tempered density on its unconstrained coordinates ({@link ProgramDensity}
   * over a {@link LogJoint} whose likelihood terms are weighted by {@code beta}), compiled where
   * the program allows it; a program that fails at the centre of its support has none.
   */
  static TemperedGradient gradient(InferenceProblem problem) {
    Model<Value> model = problem.model();
    String resultName = problem.program().resultName();
    return beta -> {
      try {
        return ModelTarget.ofRunner(joint -> {
          ProgramDensity.run(model, resultName, joint.withLikelihoodWeight(beta));
          return joint;
        });
      } catch (PplException e) {
        throw new InferenceException("the program failed at the centre of its support ("
            + e.getMessage() + ")");
      }
    };
  }
}
