package org.ppl4j.runner.pipeline;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.ppl4j.runner.progress.Progress;

/**
 * One run asked for by a front end ({@code ppl run}, the {@code .ppl} kernel, the {@code %%ppl}
 * magic): the program, its data, the method with its options and seed as the user wrote them
 * (read and validated by {@link RunOptions}, once for every front end), the output files
 * wished for, and where progress and warnings go.
 *
 * @param program the program
 * @param data its data inputs
 * @param method the {@code --method} name, empty for the default method
 * @param options option texts by flag without dashes ({@code particles}, {@code seed}), in the
 *     order given; see {@link RunOptions#KEYS}
 * @param draws {@code --draws}: a CSV file of every draw to write
 * @param plot {@code --plot}: an SVG file of the posterior's plots to write
 * @param progress where the method reports progress
 * @param warnings where warnings go, one line each (unread options, undeclared data names)
 * @param predict {@code --predict}: replicated values and pointwise log-likelihoods of every
 *     observed element
 * @param loo {@code --loo}: PSIS-LOO and WAIC (implies the pointwise log-likelihoods)
 */
public record RunRequest(
    ProgramSource program,
    DataSource data,
    Optional<String> method,
    Map<String, String> options,
    Optional<Path> draws,
    Optional<Path> plot,
    Progress progress,
    Consumer<String> warnings,
    boolean predict,
    boolean loo) {

  /** Requires every part and copies the options, keeping their order. */
  public RunRequest {
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(method, "method");
    options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    Objects.requireNonNull(draws, "draws");
    Objects.requireNonNull(plot, "plot");
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(warnings, "warnings");
  }

  /**
   * A request for {@code program} with {@code data}, the default method and options, no
   * output files, no progress and warnings dropped.
   */
  public static RunRequest of(ProgramSource program, DataSource data) {
    return new RunRequest(program, data, Optional.empty(), Map.of(), Optional.empty(),
        Optional.empty(), Progress.silent(), line -> { }, false, false);
  }

  /** This request with the method {@code name} (empty: the default) and option texts. */
  public RunRequest withMethod(Optional<String> name, Map<String, String> optionTexts) {
    return new RunRequest(program, data, name, optionTexts, draws, plot, progress, warnings,
        predict, loo);
  }

  /** This request writing the draws and the plot to these files, when given. */
  public RunRequest withFiles(Optional<Path> drawsFile, Optional<Path> plotFile) {
    return new RunRequest(program, data, method, options, drawsFile, plotFile, progress,
        warnings, predict, loo);
  }

  /** This request reporting progress to {@code to} and warnings to {@code warningSink}. */
  public RunRequest reporting(Progress to, Consumer<String> warningSink) {
    return new RunRequest(program, data, method, options, draws, plot, to, warningSink,
        predict, loo);
  }

  /**
   * This request asking for the posterior predictive ({@code --predict}) and for PSIS-LOO
   * and WAIC ({@code --loo}).
   */
  public RunRequest withPredictive(boolean predictive, boolean crossValidate) {
    return new RunRequest(program, data, method, options, draws, plot, progress, warnings,
        predictive, crossValidate);
  }

  /** Whether the run records its observations (for {@code --predict} or {@code --loo}). */
  public boolean observing() {
    return predict || loo;
  }
}
