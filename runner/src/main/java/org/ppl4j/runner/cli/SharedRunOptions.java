package org.ppl4j.runner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import org.ppl4j.runner.method.MethodOption;
import org.ppl4j.runner.pipeline.DataSource;
import picocli.CommandLine.Option;

/**
 * The options that {@code ppl run} and {@code ppl compare} share, as one picocli mixin
 * ({@code @Mixin SharedRunOptions shared;}): the data, the method, the MCMC tuning options both
 * pass on, the seed, the output format and {@code --quiet}. Each option is read as written; the
 * {@link org.ppl4j.runner.pipeline.RunPipeline} validates them, so a command adds no checks here.
 */
final class SharedRunOptions {

  @Option(names = "--data", paramLabel = "FILE",
      description = "Data: a JSON object keyed by data names, or a CSV file with a header.")
  Path data;

  @Option(names = "--method", paramLabel = "M",
      description = "The inference method (default auto: picked by the model).")
  String method;

  @Option(names = "--samples", paramLabel = "N", description = "Draws kept per chain.")
  String samples;

  @Option(names = "--warmup", paramLabel = "N", description = "Draws discarded per chain first.")
  String warmup;

  @Option(names = "--chains", paramLabel = "N", description = "Independent MCMC chains.")
  String chains;

  @Option(names = "--mcmc-steps", paramLabel = "N",
      description = "MH moves per rejuvenation (rmsmc) or per kept draw.")
  String mcmcSteps;

  @Option(names = "--adapt-delta", paramLabel = "X",
      description = "NUTS: target acceptance of step size adaptation, in (0, 1) (default 0.8);"
          + " raise toward 1 against divergences.")
  String adaptDelta;

  @Option(names = "--seed", paramLabel = "S",
      description = "Random seed (default: a fresh one, printed in the output).")
  String seed;

  @Option(names = "--format", paramLabel = "F", defaultValue = "table",
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar and no warnings.")
  boolean quiet;

  /** The {@code --data} file, or no data. */
  DataSource dataSource() {
    return data == null ? DataSource.none() : new DataSource.File(data);
  }

  /** The MCMC tuning options given ({@code --samples} … {@code --adapt-delta}), in that order. */
  void putMcmcOptions(Map<String, String> texts) {
    put(texts, MethodOption.SAMPLES.key(), samples);
    put(texts, MethodOption.WARMUP.key(), warmup);
    put(texts, MethodOption.CHAINS.key(), chains);
    put(texts, MethodOption.MCMC_STEPS.key(), mcmcSteps);
    put(texts, MethodOption.ADAPT_DELTA.key(), adaptDelta);
  }

  /** Where a run's warnings go: one flushed line each on {@code err}, or nowhere when quiet. */
  Consumer<String> warnings(PrintWriter err) {
    return quiet ? line -> { } : line -> {
      err.println(line);
      err.flush();
    };
  }

  /** Puts {@code value} under {@code key} when the option was given (not null). */
  static void put(Map<String, String> texts, String key, String value) {
    if (value != null) {
      texts.put(key, value);
    }
  }
}
