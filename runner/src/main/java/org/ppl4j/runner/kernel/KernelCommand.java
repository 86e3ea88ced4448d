package org.ppl4j.runner.kernel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ppl kernel}: the Jupyter kernel for {@code .ppl} notebooks. Its subcommand
 * {@code install [--user | --prefix P] [--name N]} writes the kernel spec that starts this
 * installation's kernel (see {@link KernelInstaller} for the directories).
 */
@Command(name = "kernel", description = "Jupyter kernel for .ppl notebooks.",
    subcommands = {KernelCommand.Install.class})
public final class KernelCommand implements Callable<Integer> {

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
  boolean help;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Without a subcommand: prints the usage (an error: exit code 2). */
  @Override
  public Integer call() {
    spec.commandLine().usage(System.err);
    return 2;
  }

  /** Runs {@code kernel ...} on its own, for a build that has no {@code ppl} launcher. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new KernelCommand()).execute(args));
  }

  /** {@code ppl kernel install}: writes kernel.json for this JVM and class path. */
  @Command(name = "install",
      description = "Install the .ppl kernel spec for Jupyter (kernels/NAME/kernel.json).")
  static final class Install implements Callable<Integer> {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--user", description = "Install for the current user only.")
    boolean user;

    @Option(names = "--prefix", paramLabel = "P",
        description = "Install under P/share/jupyter (e.g. a virtual environment).")
    Path prefix;

    @Option(names = "--name", paramLabel = "N", defaultValue = "ppl",
        description = "Kernel name (default: ${DEFAULT-VALUE}).")
    String name;

    @Override
    public Integer call() {
      if (user && prefix != null) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--user and --prefix cannot be used together");
      }
      KernelInstaller installer = KernelInstaller.forThisProcess();
      try {
        Path data = installer.dataDirectory(user, Optional.ofNullable(prefix));
        Path dir = installer.install(KernelSpec.forThisJvm(), name, data);
        spec.commandLine().getOut().println("installed Jupyter kernel '" + name + "' in " + dir);
        return 0;
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      } catch (IOException e) {
        spec.commandLine().getErr().println("error: cannot write the kernel spec: " + e.getMessage());
        return 1;
      }
    }
  }
}
