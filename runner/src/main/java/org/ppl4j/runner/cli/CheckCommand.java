package org.ppl4j.runner.cli;

import java.nio.file.Path;
import org.ppl4j.runner.pipeline.DataSource;
import org.ppl4j.runner.pipeline.ProgramSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ppl check FILE [--data FILE]}: parses and checks a program (and, with {@code --data},
 * loads its data) without running inference. Prints {@code FILE: ok} and exits 0, or prints
 * one diagnostic and exits 1.
 */
@Command(name = "check",
    description = "Parse and check a .ppl program (and its data, with --data); run no inference.")
final class CheckCommand extends ProgramCommand {

  @Parameters(index = "0", paramLabel = "FILE", description = "The .ppl program.")
  Path file;

  @Option(names = "--data", paramLabel = "FILE",
      description = "A JSON or CSV data file to check against the program's data declarations.")
  Path data;

  CheckCommand(CommandContext context) {
    super(context);
  }

  @Override
  int execute() {
    pipeline().check(new ProgramSource.File(file),
        data == null ? DataSource.none() : new DataSource.File(data), line -> {
          context.err().println(line);
          context.err().flush();
        });
    context.out().println(file + ": ok");
    context.out().flush();
    return ExitCode.OK;
  }
}
