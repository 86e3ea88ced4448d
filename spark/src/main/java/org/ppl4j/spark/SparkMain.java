package org.ppl4j.spark;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.ppl4j.runner.UserError;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The entry point of {@code ppl spark} (and of {@code spark-submit --class
 * org.ppl4j.spark.SparkMain}): its one subcommand is {@code run} ({@link SparkRunCommand}). A
 * user error prints {@code error: MESSAGE} (with the caret of a located one) and exits 1; a bad
 * option exits 2; no Java stack trace reaches the user.
 */
@Command(name = "ppl spark", mixinStandardHelpOptions = true,
    description = "Fit .ppl programs on Apache Spark.", subcommands = {})
public final class SparkMain {
  private SparkMain() {}

  /** Runs {@code ppl spark ARGS} and exits with its code. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
    int code = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs {@code ppl spark ARGS} in this JVM; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new SparkMain())
        .addSubcommand("run", new SparkRunCommand(out, err));
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof UserError u) {
        err.println(u.render());
        return u instanceof UserError.Usage ? 2 : 1;
      }
      err.println("ppl spark: internal error: " + e);
      return 70;
    });
    return cli.execute(args);
  }
}
