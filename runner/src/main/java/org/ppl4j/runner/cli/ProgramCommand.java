package org.ppl4j.runner.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.ppl4j.runner.UserError;
import org.ppl4j.runner.pipeline.RunPipeline;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The shared part of the commands that run a {@code .ppl} file through the {@link RunPipeline}:
 * a usage error (a bad method or option) becomes picocli's usage error (one line, a hint,
 * exit 2); every other failure is reported through {@link Failures}, so that nothing escapes
 * as a stack trace.
 */
abstract class ProgramCommand implements Callable<Integer> {

  /** The context the command runs in. */
  final CommandContext context;

  @Spec CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Option(names = "--debug", description = "On an internal error, print the Java stack trace.")
  boolean debug;

  ProgramCommand(CommandContext context) {
    this.context = context;
  }

  /** The command's work; any exception is reported by {@link #call()}. */
  abstract int execute();

  @Override
  public final Integer call() {
    try {
      return execute();
    } catch (ParameterException usage) {
      throw usage;
    } catch (UserError.Usage usage) {
      throw new ParameterException(spec.commandLine(), usage.getMessage());
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError failure) {
      context.out().flush();
      return Failures.report(failure, Map.of(), debug, context.err());
    }
  }

  /** The pipeline over the context's compiler, methods, clock and seeds. */
  RunPipeline pipeline() {
    return context.pipeline();
  }
}
