package org.ppl4j.runner.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ppl4j.runner.cli.Main;

/**
 * A draw the language cannot represent ({@code poisson(1e300)}: a count beyond the largest
 * Int) is a user error at the distribution drawn from under every method that draws (issue 20,
 * finding 1: it was an internal error, exit 70).
 */
class DrawOutOfRangeTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"smc", "importance", "forward", "mh", "rmsmc", "rejection"})
  void aCountBeyondTheLargestIntIsAPositionedUserError(String method) throws IOException {
    Path file = Files.writeString(dir.resolve("big.ppl"), "x ~ poisson(1e300)\nreturn x\n");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"run", file.toString(), "--method", method, "--seed", "1"},
        new PrintWriter(out), new PrintWriter(err));
    assertEquals(1, code, err.toString());
    assertEquals(file + ":1:5: error: poisson: a draw of at least 9223372036854775807 exceeds"
        + " the largest Int (2147483647); its parameters make draws too large to represent\n"
        + "    x ~ poisson(1e300)\n"
        + "        ^^^^^^^^^^^^^^\n", err.toString().replace(System.lineSeparator(), "\n"));
  }
}
