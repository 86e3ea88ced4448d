package org.ppl4j.runner.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class KernelCommandTest {

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
  void installWithPrefixWritesKernelJsonForThisJvm() throws Exception {
    assertEquals(0, run("install", "--prefix", dir.toString(), "--name", "ppl-test"));
    Path json = dir.resolve("share/jupyter/kernels/ppl-test/kernel.json");
    assertTrue(Files.readString(json).contains(KernelMain.class.getName()));
    assertTrue(out.toString().contains("installed Jupyter kernel 'ppl-test'"), out.toString());
  }

  @Test
  void userAndPrefixTogetherIsAUsageError() {
    assertEquals(2, run("install", "--user", "--prefix", dir.toString()));
    assertTrue(err.toString().contains("--user and --prefix cannot be used together"), err.toString());
  }
}
