package org.ppl4j.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * A path option that cannot be a path (a NUL character, found by the command-line fuzz target)
 * is a usage error in the user's words, not picocli's "cannot convert ... to interface
 * java.nio.file.Path".
 */
class InvalidPathTest {

  @Test
  void aNulInAPathIsAUsageErrorWithoutJavaNames() {
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"run", "examples/coin.ppl", "--data", "\u00000"},
        new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertEquals(ExitCode.USAGE, code, err.toString());
    assertTrue(err.toString().contains("--data': '\\00' is not a valid file path"), err.toString());
    assertFalse(err.toString().contains("java."), err.toString());
  }
}
