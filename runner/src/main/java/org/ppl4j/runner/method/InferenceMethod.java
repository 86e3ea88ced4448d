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
   * Names a data file may bind that this method reads even where the program does not declare
   * them (read as numbers into {@link InferenceProblem#extras()}, without the "not a data
   * input" warning); none by default.
   */
  default Set<String> extraDataNames() {
    return Set.of();
  }

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

  /**
   * Whether this method writes {@code --draws} itself, in its own format (NUTS: CmdStan CSV
   * files, one per chain), instead of the runner's CSV of the draws.
   */
  default boolean writesOwnDraws() {
    return false;
  }

  /**
   * Runs the method, writing {@code --draws} in the method's own format when
   * {@link #writesOwnDraws()}; the default ignores {@code draws} and {@code seed} and calls
   * {@link #run(InferenceProblem, MethodOptions, Rng, Progress)}.
   *
   * @param draws the {@code --draws} path, if given
   * @param seed the run's seed, for the files' headers
   */
  default Posterior<Value> run(InferenceProblem problem, MethodOptions options, Rng rng,
      Progress progress, java.util.Optional<java.nio.file.Path> draws, long seed) {
    return run(problem, options, rng, progress);
  }
}
