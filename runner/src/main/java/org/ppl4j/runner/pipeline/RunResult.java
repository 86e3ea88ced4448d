package org.ppl4j.runner.pipeline;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.ppl4j.compiler.Program;
import org.ppl4j.runner.output.RunReport;
import org.ppl4j.runner.predict.LooReport;
import org.ppl4j.runner.predict.Predictive;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.value.Value;

/**
 * What a run produced, for a front end to render: the checked program, the posterior (its
 * result named as the program names it), the report {@code ppl run} prints (its summary
 * already computed, so that a result a summary cannot hold is an error of the run, the same
 * for every front end), and the output files still to write ({@link OutputFiles}).
 *
 * @param program the checked program
 * @param method the method's {@code --method} name
 * @param seed the seed the run used
 * @param posterior the posterior, named with {@link Program#resultName()}
 * @param report method, seed, evidence, summary, time and diagnostics
 * @param draws where to write the runner's CSV of the draws (empty when not wished, or when
 *     the method wrote its own)
 * @param plot where to write the plot, when wished
 * @param predictive the posterior predictive, with {@code --predict} or {@code --loo}
 * @param loo PSIS-LOO and WAIC, with {@code --loo}
 * @param predictiveDraws where to write the replicated values and pointwise
 *     log-likelihoods, with {@code --predict} and {@code --draws}: the draws file itself, or
 *     {@code OUT_predict.csv} beside a method's own draws files (NUTS) or when the replicates
 *     are not one per draw (an exact posterior)
 */
public record RunResult(
    Program program,
    String method,
    long seed,
    Posterior<Value> posterior,
    RunReport report,
    Optional<Path> draws,
    Optional<Path> plot,
    Optional<Predictive> predictive,
    Optional<LooReport> loo,
    Optional<Path> predictiveDraws) {
  /** Requires every part. */
  public RunResult {
    Objects.requireNonNull(predictive, "predictive");
    Objects.requireNonNull(loo, "loo");
    Objects.requireNonNull(predictiveDraws, "predictiveDraws");
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(posterior, "posterior");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(draws, "draws");
    Objects.requireNonNull(plot, "plot");
  }
}
