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
 * {@code install [--java [--jar J]] [--user | --prefix P] [--name N]} writes the kernel spec that
 * starts this installation's kernel (see {@link KernelInstaller} for the directories); with
 * {@code --java}, that of the Java kernel with ppl4j built in ({@link JavaKernelSpec}).
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

    @Option(names = "--name", paramLabel = "N",
        description = "Kernel name (default: ppl, or ppl4j-java with --java).")
    String name;

    @Option(names = "--java",
        description = "Install the Java kernel (JShell with ppl4j and %%%%ppl) instead.")
    boolean java;

    @Option(names = "--jar", paramLabel = "J",
        description = "With --java: the notebook module's ppl4j-notebook.jar (default: the one "
            + "built beside this runner).")
    Path jar;

    @Override
    public Integer call() {
      if (user && prefix != null) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--user and --prefix cannot be used together");
      }
      if (jar != null && !java) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--jar needs --java");
      }
      String name = this.name != null ? this.name : java ? JavaKernelSpec.DEFAULT_NAME : "ppl";
      KernelInstaller installer = KernelInstaller.forThisProcess();
      try {
        Path data = installer.dataDirectory(user, Optional.ofNullable(prefix));
        KernelSpec kernel = !java ? KernelSpec.forThisJvm() : JavaKernelSpec.forThisJvm(
            jar != null ? jar : JavaKernelSpec.notebookJarBesideRunner().orElseThrow(() ->
                new IllegalArgumentException("cannot locate the notebook jar; name it with --jar")));
        Path dir = installer.install(kernel, name, data);
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
