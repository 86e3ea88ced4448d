package org.ppl4j.runner.kernel;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The kernel spec of the Java notebook kernel ({@code ppl kernel install --java}): JShell with
 * ppl4j built in, whose classes live in the {@code notebook} module (it runs the {@code %%ppl}
 * magic of that module, which depends on this one; this module cannot see it).
 *
 * <p>The kernel starts {@value #MAIN_CLASS} with the notebook module's jar
 * ({@code notebook/target/ppl4j-notebook.jar}: ppl4j, the magic and the kernel) in front of
 * this JVM's own class path, which brings jupyter-jvm-basekernel (the notebook jar leaves it
 * out, because IJava and JJava bring their own). The jar is found next to this installation's
 * runner ({@code runner/target/ppl.jar} or {@code runner/target/classes}) unless given.
 */
public final class JavaKernelSpec {

  /** The kernel's entry point, in the notebook module. */
  public static final String MAIN_CLASS = "org.ppl4j.notebook.kernel.JavaKernelMain";
  /** The notebook module's jar, under {@code notebook/target}. */
  public static final String NOTEBOOK_JAR = "ppl4j-notebook.jar";
  /** The default kernel name. */
  public static final String DEFAULT_NAME = "ppl4j-java";

  private JavaKernelSpec() {}

  /**
   * The notebook jar of this source tree: {@code ROOT/notebook/target/ppl4j-notebook.jar},
   * where ROOT holds the {@code runner/target} this class was loaded from; empty when this
   * class was not loaded from a file.
   */
  public static Optional<Path> notebookJarBesideRunner() {
    try {
      Path location = Path.of(JavaKernelSpec.class.getProtectionDomain().getCodeSource()
          .getLocation().toURI());
      Path runnerTarget = location.toAbsolutePath().getParent();
      if (runnerTarget == null || runnerTarget.getParent() == null
          || runnerTarget.getParent().getParent() == null) {
        return Optional.empty();
      }
      return Optional.of(runnerTarget.getParent().getParent().resolve("notebook")
          .resolve("target").resolve(NOTEBOOK_JAR));
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      return Optional.empty();
    }
  }

  /**
   * The spec that starts the Java kernel with this JVM, {@code notebookJar} and this JVM's
   * class path.
   *
   * @throws IllegalArgumentException if {@code notebookJar} is not a file (with how to build it)
   */
  public static KernelSpec forThisJvm(Path notebookJar) {
    if (!Files.isRegularFile(notebookJar)) {
      throw new IllegalArgumentException("the Java kernel needs the notebook module's jar, "
          + "not found at " + notebookJar + "; build it with 'mvn -pl notebook -am package "
          + "-DskipTests' or name it with --jar");
    }
    KernelSpec ppl = KernelSpec.forThisJvm();
    int cp = ppl.argv().indexOf("-cp");
    String classPath = notebookJar.toAbsolutePath().normalize() + File.pathSeparator
        + ppl.argv().get(cp + 1);
    return new KernelSpec(List.of(ppl.argv().get(0), "-cp", classPath, MAIN_CLASS,
        KernelSpec.CONNECTION_FILE), "ppl4j (Java)", "java");
  }
}
