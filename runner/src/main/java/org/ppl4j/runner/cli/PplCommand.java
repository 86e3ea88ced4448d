package org.ppl4j.runner.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ppl4j.runner.method.InferenceMethod;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code ppl} command. Its subcommands are listed in one place,
 * {@link #subcommands(CommandContext)}; {@link #commandLine(CommandContext)} builds the
 * configured picocli command line (exit codes, error handlers, help footers).
 */
@Command(name = "ppl", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Run and check .ppl probabilistic programs (ppl4j).",
    footer = {"", "Examples:",
        "  ppl run examples/coin.ppl --data examples/coin.json --method smc --seed 1",
        "  ppl check examples/coin.ppl",
        "  ppl compare examples/workflow/normal.ppl examples/workflow/student.ppl"
            + " --data examples/workflow/data.json --method nuts"})
public final class PplCommand implements Runnable {

  @Spec CommandSpec spec;

  /**
   * Every subcommand of {@code ppl} by its name, in the order {@code --help} lists them. Each is
   * built only when needed: picocli reads a command's annotations when it is added, and a run
   * needs only its own command ({@link #commandLine(CommandContext, String[])}).
   */
  private static final Map<String, Function<CommandContext, Object>> SUBCOMMANDS = subcommandMakers();

  private static Map<String, Function<CommandContext, Object>> subcommandMakers() {
    Map<String, Function<CommandContext, Object>> makers = new LinkedHashMap<>();
    makers.put("run", RunCommand::new);
    makers.put("check", CheckCommand::new);
    makers.put("compare", CompareCommand::new);
    makers.put("pfn", org.ppl4j.runner.pfn.PfnCommand::commandLine);
    makers.put("dt", org.ppl4j.runner.dt.DtCommand::commandLine);
    makers.put("kernel", context -> new org.ppl4j.runner.kernel.KernelCommand());
    makers.put("help", context -> new CommandLine.HelpCommand());
    return makers;
  }

  /** Every subcommand of {@code ppl}, in the order {@code --help} lists them. */
  static List<Object> subcommands(CommandContext context) {
    return SUBCOMMANDS.values().stream().map(make -> make.apply(context)).toList();
  }

  /** The names {@link #subcommands(CommandContext)} are registered under, in the same order. */
  static List<String> subcommandNames() {
    return List.copyOf(SUBCOMMANDS.keySet());
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing command: use 'ppl run FILE' or "
        + "'ppl check FILE'");
  }

  /** The {@code ppl} command line over {@code context}, ready to {@code execute(args)}. */
  public static CommandLine commandLine(CommandContext context) {
    return configured(context, subcommands(context));
  }

  /**
   * The {@code ppl} command line over {@code context} for executing {@code args}: where the first
   * argument names a subcommand, only that one is built (about a third of start-up is picocli
   * reading the annotations of every command: bench/jvm-flags/README.md, "Start-up"); anything
   * else ({@code --help}, a misspelt command, no argument) gets every subcommand, so help and
   * errors are those of {@link #commandLine(CommandContext)}.
   */
  public static CommandLine commandLine(CommandContext context, String[] args) {
    Function<CommandContext, Object> only = args.length > 0 ? SUBCOMMANDS.get(args[0]) : null;
    return only == null || args[0].equals("help") ? commandLine(context)
        : configured(context, List.of(only.apply(context)));
  }

  private static CommandLine configured(CommandContext context, List<Object> subcommands) {
    CommandLine line = new CommandLine(new PplCommand());
    for (Object sub : subcommands) {
      line.addSubcommand(sub);
    }
    line.setCaseInsensitiveEnumValuesAllowed(true);
    // a path option's value in the user's words (picocli's own message names Java classes:
    // "cannot convert ... to interface java.nio.file.Path"); applies to every subcommand
    line.registerConverter(java.nio.file.Path.class, PplCommand::path);
    line.setOut(context.out());
    line.setErr(context.err());
    line.setParameterExceptionHandler(new UsageErrorHandler());
    line.setExecutionExceptionHandler((failure, commandLine, parseResult) -> {
      boolean debug = parseResult.originalArgs().contains("--debug");
      return Failures.report(failure, java.util.Map.of(), debug, commandLine.getErr());
    });
    CommandLine run = line.getSubcommands().get("run");
    if (run != null) {
      run.getCommandSpec().usageMessage().footer(methodsFooter(context));
    }
    return line;
  }

  /** {@code text} as a file path, or a usage error saying why it cannot be one. */
  private static java.nio.file.Path path(String text) {
    try {
      return java.nio.file.Path.of(text);
    } catch (java.nio.file.InvalidPathException e) {
      throw new CommandLine.TypeConversionException("'" + text.replace("\0", "\\0")
          + "' is not a valid file path (" + e.getReason().toLowerCase(java.util.Locale.ROOT)
          + ")");
    }
  }

  private static String[] methodsFooter(CommandContext context) {
    // padded by hand: String.format's first use costs ~15 ms of start-up (Formatter, regex)
    StringBuilder list = new StringBuilder();
    for (InferenceMethod m : context.methods().methods()) {
      list.append(list.isEmpty() ? "" : "%n").append("  ").append(m.name())
          .append(" ".repeat(Math.max(1, 13 - m.name().length()))).append(m.description());
    }
    String chosen = context.methods().defaultMethod().map(InferenceMethod::name).orElse("none");
    return new String[] {"", "Methods (default: " + chosen + "):",
        list.isEmpty() ? "  (none in this build)" : list.toString()};
  }

  /** Prints a usage error as one line and a hint, and returns exit code 2. */
  private static final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException e, String[] args) {
      CommandLine where = e.getCommandLine();
      where.getErr().println("ppl: error: " + e.getMessage());
      String name = where.getCommandSpec().qualifiedName();
      where.getErr().println("Try '" + name + " --help' for more information.");
      where.getErr().flush();
      return ExitCode.USAGE;
    }
  }
}
