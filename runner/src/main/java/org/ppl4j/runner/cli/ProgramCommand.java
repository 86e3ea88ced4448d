package org.ppl4j.runner.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ppl4j.compiler.Program;
import org.ppl4j.runner.UserError;
import picocli.CommandLine.Option;

/**
 * The shared part of the commands that read a {@code .ppl} file: reading and compiling it, and
 * reporting every failure through {@link Failures} with the program's source at hand, so that
 * a diagnostic shows its line and caret and nothing escapes as a stack trace.
 */
abstract class ProgramCommand implements Callable<Integer> {
  private final Map<String, String> sources = new LinkedHashMap<>();

  /** The context the command runs in. */
  final CommandContext context;

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
    } catch (picocli.CommandLine.ParameterException usage) {
      throw usage;
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError failure) {
      context.out().flush();
      return Failures.report(failure, sources, debug, context.err());
    }
  }

  /**
   * Reads and compiles {@code file} (UTF-8, see {@link SourceText}), remembering its text for
   * diagnostics.
   */
  Program compile(Path file) {
    String name = file.toString();
    SourceText source;
    try {
      source = SourceText.decode(name, Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      throw new UserError("cannot read '" + name + "': no such file");
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new UserError("cannot read '" + name + "'" + (Files.isDirectory(file)
          ? ": it is a directory" : ": " + e.getMessage()));
    }
    sources.put(name, source.text());
    source.error().ifPresent(e -> {
      throw e;
    });
    return context.compiler().compile(name, source.text());
  }
}
