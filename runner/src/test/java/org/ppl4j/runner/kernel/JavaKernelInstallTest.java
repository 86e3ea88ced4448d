package org.ppl4j.runner.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ppl kernel install --java}: the Java kernel's spec, and its errors. */
class JavaKernelInstallTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine line = new CommandLine(new KernelCommand());
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    return line.execute(args);
  }

  @Test
  void javaKernelStartsTheNotebookJarsMainWithThisClassPathBehind() throws Exception {
    Path jar = Files.writeString(dir.resolve("ppl4j-notebook.jar"), "not read at install");
    assertEquals(0, run("install", "--java", "--jar", jar.toString(), "--prefix", dir.toString()));
    Path json = dir.resolve("share/jupyter/kernels/ppl4j-java/kernel.json");
    JsonNode spec = new ObjectMapper().readTree(Files.readString(json));
    assertEquals("java", spec.get("language").asText());
    assertEquals("ppl4j (Java)", spec.get("display_name").asText());
    assertEquals(JavaKernelSpec.MAIN_CLASS, spec.get("argv").get(3).asText());
    String classPath = spec.get("argv").get(2).asText();
    assertTrue(classPath.startsWith(jar.toAbsolutePath() + File.pathSeparator), classPath);
    assertEquals(KernelSpec.CONNECTION_FILE, spec.get("argv").get(4).asText());
    assertTrue(out.toString().contains("installed Jupyter kernel 'ppl4j-java'"), out.toString());
  }

  @Test
  void aMissingNotebookJarIsAUsageErrorSayingHowToBuildIt() {
    assertEquals(2, run("install", "--java", "--jar", dir.resolve("none.jar").toString(),
        "--prefix", dir.toString()));
    assertTrue(err.toString().contains("mvn -pl notebook -am package"), err.toString());
  }

  @Test
  void jarWithoutJavaIsAUsageError() {
    assertEquals(2, run("install", "--jar", "x.jar", "--prefix", dir.toString()));
    assertTrue(err.toString().contains("--jar needs --java"), err.toString());
  }

  @Test
  void theNotebookJarIsLookedForBesideTheRunnersTarget() {
    Path expected = JavaKernelSpec.notebookJarBesideRunner().orElseThrow();
    assertTrue(expected.endsWith(Path.of("notebook", "target", JavaKernelSpec.NOTEBOOK_JAR)),
        expected.toString());
  }
}
