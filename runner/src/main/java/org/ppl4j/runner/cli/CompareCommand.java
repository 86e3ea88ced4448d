package org.ppl4j.runner.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ppl4j.runner.UserError;
import org.ppl4j.runner.output.ComparisonWriter;
import org.ppl4j.runner.pipeline.ProgramSource;
import org.ppl4j.runner.pipeline.RunRequest;
import org.ppl4j.runner.pipeline.RunResult;
import org.ppl4j.runner.predict.LooReport;
import org.ppl4j.runner.predict.ModelComparison;
import org.ppl4j.runner.progress.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code ppl compare A.ppl B.ppl ... --data D}: runs each program on the same data through the
 * {@link org.ppl4j.runner.pipeline.RunPipeline} with {@code --loo} (same method, options and
 * seed) and prints the models ordered by PSIS-LOO {@code elpd}, each with its difference to
 * the best and the SE of that difference ({@link ModelComparison}, as R's {@code loo_compare}).
 */
@Command(name = "compare", sortOptions = false,
    description = {"Compare .ppl programs on the same data by PSIS-LOO (elpd difference and SE).",
        "Every program runs with the same method (an MCMC one: nuts or mh), options and seed."})
final class CompareCommand extends ProgramCommand {

  @Parameters(index = "0..*", arity = "1..*", paramLabel = "FILE",
      description = "Two or more .ppl programs observing the same data.")
  List<Path> files;

  @Mixin SharedRunOptions shared;

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
    shared.putMcmcOptions(options);
    options.put("seed", shared.seed == null
        ? Long.toString(context.seedSource().getAsLong()) : shared.seed);
    List<String> names = new ArrayList<>();
    List<LooReport> reports = new ArrayList<>();
    long usedSeed = 0;
    for (Path file : files) {
      RunRequest request = RunRequest.of(new ProgramSource.File(file), shared.dataSource())
          .withMethod(Optional.ofNullable(shared.method), options)
          .withPredictive(false, true)
          .reporting(Progress.silent(), shared.warnings(context.err()));
      RunResult result = pipeline().run(request);
      names.add(result.program().fileName());
      reports.add(result.loo().orElseThrow());
      usedSeed = result.seed();
    }
    ModelComparison comparison = ModelComparison.of(names, reports);
    context.out().print(shared.format == OutputFormat.JSON
        ? ComparisonWriter.json(comparison, usedSeed) : ComparisonWriter.table(comparison,
            usedSeed));
    context.out().flush();
    return ExitCode.OK;
  }
}
