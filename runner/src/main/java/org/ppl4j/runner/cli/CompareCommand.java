package org.ppl4j.runner.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ppl4j.runner.UserError;
import org.ppl4j.runner.method.MethodOption;
import org.ppl4j.runner.output.ComparisonWriter;
import org.ppl4j.runner.pipeline.DataSource;
import org.ppl4j.runner.pipeline.ProgramSource;
import org.ppl4j.runner.pipeline.RunRequest;
import org.ppl4j.runner.pipeline.RunResult;
import org.ppl4j.runner.predict.LooReport;
import org.ppl4j.runner.predict.ModelComparison;
import org.ppl4j.runner.progress.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ppl compare A.ppl B.ppl ... --data D}: runs each program on the same data through the
 * {@link org.ppl4j.runner.pipeline.RunPipeline} with {@code --loo} (same method, options and
 * seed) and prints the models ordered by PSIS-LOO {@code elpd}, each with its difference to
 * the best and the SE of that difference ({@link ModelComparison}, as R's {@code loo_compare}).
 */
@Command(name = "compare", sortOptions = false,
    description = "Compare .ppl programs on the same data by PSIS-LOO (elpd difference and SE).")
final class CompareCommand extends ProgramCommand {

  @Parameters(index = "0..*", arity = "1..*", paramLabel = "FILE",
      description = "Two or more .ppl programs observing the same data.")
  List<Path> files;

  @Option(names = "--data", paramLabel = "FILE",
      description = "Data for every program: a JSON object or a CSV file with a header.")
  Path data;

  @Option(names = "--method", paramLabel = "M",
      description = "An MCMC method: nuts or mh (default: auto, which must choose one).")
  String method;

  @Option(names = "--samples", paramLabel = "N", description = "Draws kept per chain.")
  String samples;

  @Option(names = "--warmup", paramLabel = "N", description = "Draws discarded per chain first.")
  String warmup;

  @Option(names = "--chains", paramLabel = "N", description = "Independent MCMC chains.")
  String chains;

  @Option(names = "--mcmc-steps", paramLabel = "N", description = "mh: moves per kept draw.")
  String mcmcSteps;

  @Option(names = "--adapt-delta", paramLabel = "X",
      description = "nuts: target acceptance of step size adaptation, in (0, 1).")
  String adaptDelta;

  @Option(names = "--seed", paramLabel = "S",
      description = "Random seed, the same for every program (default: a fresh one).")
  String seed;

  @Option(names = "--format", paramLabel = "F", defaultValue = "table",
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = {"-q", "--quiet"}, description = "No warnings on standard error.")
  boolean quiet;

  CompareCommand(CommandContext context) {
    super(context);
  }

  @Override
  int execute() {
    if (files.size() < 2) {
      throw UserError.usage("compare needs two or more programs to compare, got one ('"
          + files.get(0) + "')");
    }
    Map<String, String> options = new LinkedHashMap<>();
    put(options, MethodOption.SAMPLES.key(), samples);
    put(options, MethodOption.WARMUP.key(), warmup);
    put(options, MethodOption.CHAINS.key(), chains);
    put(options, MethodOption.MCMC_STEPS.key(), mcmcSteps);
    put(options, MethodOption.ADAPT_DELTA.key(), adaptDelta);
    put(options, "seed", seed == null ? Long.toString(context.seedSource().getAsLong()) : seed);
    List<String> names = new ArrayList<>();
    List<LooReport> reports = new ArrayList<>();
    long usedSeed = 0;
    for (Path file : files) {
      RunRequest request = RunRequest.of(new ProgramSource.File(file),
              data == null ? DataSource.none() : new DataSource.File(data))
          .withMethod(Optional.ofNullable(method), options)
          .withPredictive(false, true)
          .reporting(Progress.silent(), quiet ? line -> { } : line -> {
            context.err().println(line);
            context.err().flush();
          });
      RunResult result = pipeline().run(request);
      names.add(result.program().fileName());
      reports.add(result.loo().orElseThrow());
      usedSeed = result.seed();
    }
    ModelComparison comparison = ModelComparison.of(names, reports);
    context.out().print(format == OutputFormat.JSON
        ? ComparisonWriter.json(comparison, usedSeed) : ComparisonWriter.table(comparison,
            usedSeed));
    context.out().flush();
    return ExitCode.OK;
  }

  private static void put(Map<String, String> texts, String key, String value) {
    if (value != null) {
      texts.put(key, value);
    }
  }
}
