package org.ppl4j.runner.method;

import java.util.Set;
import org.ppl4j.runner.progress.Progress;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.Value;

/**
 * An inference method that {@code ppl run --method NAME} can select. Implementations are
 * stateless adapters: they read the options they need (falling back to their algorithm's
 * {@code XxxConfig.defaults()}), run the algorithm, and return its {@link Posterior}. They are registered
 * in one place, {@link StandardMethods}.
 */
public interface InferenceMethod {

  /** The name used with {@code --method}: lower-case, e.g. {@code smc}. */
  String name();

  /**
   * One line for {@code ppl run --help}, at most 64 characters, e.g. "sequential Monte Carlo;
   * --particles --resampler --ess-threshold" (what it is; the options it reads).
   */
  String description();

  /** The tuning options this method reads; others given on the command line are ignored. */
  Set<MethodOption> reads();

  /**
   * Runs the method.
   *
   * @param problem the program and its data
   * @param options the tuning options given (absent ones: the method's defaults)
   * @param rng the only source of randomness; split it for particles and chains so that the
   *     result depends on the seed only
   * @param progress where to report progress (may be silent)
   * @return the posterior: draws (weighted or not), the chains for MCMC, the log evidence if
   *     estimated, and the run's diagnostics
   * @throws org.ppl4j.compiler.diagnostics.PplException for a user error in the model at run
   *     time (a bad parameter, ...)
   * @throws org.ppl4j.semantics.infer.InferenceException when the method cannot handle the
   *     model (every particle at zero weight, a continuous choice under enumeration, ...)
   */
  Posterior<Value> run(InferenceProblem problem, MethodOptions options, Rng rng,
      Progress progress);
}
