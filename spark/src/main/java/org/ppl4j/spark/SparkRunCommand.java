package org.ppl4j.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.ppl4j.compiler.PplCompiler;
import org.ppl4j.runner.UserError;
import org.ppl4j.runner.method.StandardMethods;
import org.ppl4j.runner.pipeline.DataSource;
import org.ppl4j.runner.pipeline.ProgramSource;
import org.ppl4j.runner.pipeline.RunPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

/**
 * {@code ppl spark run FILE.ppl --data PATH --group-by COL [--master local[*]]}: fits the program
 * to every group of the data ({@link ManyPosteriors}) and prints one line per group, sorted by
 * key: a table, or with {@code --format json} JSON Lines ({@code group}, the keys of
 * {@code ppl run --format json}, {@code error}). Any other {@code --option value} is a method
 * option of {@code ppl run} ({@code --particles 1000}), checked as {@code ppl run} checks it.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Fit a .ppl program to every group of a CSV or Parquet data set on Spark.")
final class SparkRunCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "the .ppl program")
  Path file;

  @Option(names = "--data", required = true, paramLabel = "PATH",
      description = "CSV (with a header) or Parquet (.parquet) data: one row per observation")
  String data;

  @Option(names = "--group-by", required = true, paramLabel = "COL",
      description = "the column whose values name the groups")
  String groupBy;

  @Option(names = "--master", defaultValue = "local[*]", paramLabel = "URL",
      description = "Spark master (default local[*]); under spark-submit, omit it")
  String master;

  @Option(names = "--method", paramLabel = "M", description = "inference method (default: ppl run's)")
  String method;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
      description = "run seed; each group's seed is derived from it and the group key (default 1)")
  long seed;

  @Option(names = "--format", defaultValue = "table", paramLabel = "table|json",
      description = "table (default) or json (JSON Lines, one object per group)")
  String format;

  @Unmatched
  List<String> methodOptions = new ArrayList<>();

  private final PrintWriter out;
  private final PrintWriter err;

  SparkRunCommand(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    if (!format.equals("table") && !format.equals("json")) {
      throw UserError.usage("--format must be table or json, got '" + format + "'");
    }
    String programText = readProgram();
    ManyPosteriors fit = ManyPosteriors.of(file.getFileName().toString(), programText)
        .method(method).seed(seed);
    for (int i = 0; i < methodOptions.size(); i += 2) {
      String flag = methodOptions.get(i);
      if (!flag.startsWith("--") || i + 1 >= methodOptions.size()) {
        throw UserError.usage("unexpected argument '" + flag + "'; method options are given as "
            + "--name value");
      }
      fit = fit.option(flag.substring(2), methodOptions.get(i + 1));
    }
    RunPipeline pipeline = new RunPipeline(PplCompiler::compile, StandardMethods.registry(),
        System::nanoTime, () -> seed);
    pipeline.check(new ProgramSource.Text(file.toString(), programText), DataSource.none(),
        line -> { });
    pipeline.checkSettings(java.util.Optional.ofNullable(method), methodOptionTexts());
    if (!Files.exists(Path.of(data))) {
      throw new UserError("cannot read data '" + data + "': no such file or directory");
    }
    SparkSession spark = SparkSessions.master(master);
    try {
      Dataset<Row> rows = read(spark);
      if (!Arrays.asList(rows.columns()).contains(groupBy)) {
        throw UserError.usage("--group-by: '" + data + "' has no column '" + groupBy
            + "'; its columns are " + String.join(", ", rows.columns()));
      }
      List<String> lines = fit.jsonLines(fit.fit(rows, groupBy));
      long failed = lines.stream().filter(l -> !GroupFitter.parse(l).get("error").isNull())
          .count();
      if (format.equals("json")) {
        lines.forEach(out::println);
      } else {
        GroupTable.write(lines, out);
      }
      if (failed > 0) {
        err.println("ppl spark: " + failed + " of " + lines.size() + " groups failed (see their "
            + "error)");
      }
      return failed == lines.size() && !lines.isEmpty() ? 1 : 0;
    } finally {
      spark.stop();
    }
  }

  private java.util.Map<String, String> methodOptionTexts() {
    java.util.Map<String, String> options = new java.util.LinkedHashMap<>();
    for (int i = 0; i + 1 < methodOptions.size(); i += 2) {
      options.put(methodOptions.get(i).substring(2), methodOptions.get(i + 1));
    }
    return options;
  }

  private String readProgram() {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserError("cannot read '" + file + "'" + (Files.isDirectory(file)
          ? ": it is a directory" : ": no such file"));
    }
  }

  private Dataset<Row> read(SparkSession spark) {
    String lower = data.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".parquet")) {
      return spark.read().parquet(data);
    }
    // every cell as text, so that it is read exactly as ppl run reads a CSV cell
    return spark.read().option("header", "true").option("inferSchema", "false").csv(data);
  }
}
