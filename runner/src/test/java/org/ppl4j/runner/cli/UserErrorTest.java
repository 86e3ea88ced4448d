package org.ppl4j.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code error(message)} (LANGUAGE.md §9.1) through the real command line under every kind of
 * method: the run stops with the user's message at the call (file:line:col, the source line,
 * carets), exit status 1 and no stack trace. Under NUTS the error is raised at every point, so
 * no initial point exists and the program's own error is what is reported.
 */
class UserErrorTest {
  @TempDir Path dir;

  private static final String PROGRAM = "x ~ normal(0, 1)\n"
      + "if x > -1000 { error(\"x = \" + \"big\") }\n"
      + "return x\n";

  private static String[] ppl(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new String[] {Integer.toString(code), out.toString(), err.toString()};
  }

  @Test
  void errorStopsEveryMethodWithTheLocatedMessage() throws Exception {
    Path file = Files.writeString(dir.resolve("stop.ppl"), PROGRAM);
    String expected = file + ":2:16: error: x = big\n"
        + "    if x > -1000 { error(\"x = \" + \"big\") }\n"
        + "                   ^^^^^^^^^^^^^^^^^^^^^";
    for (String method : new String[] {"smc", "importance", "mh", "nuts"}) {
      String[] outcome = ppl("run", file.toString(), "--method", method, "--seed", "1",
          "--quiet");
      assertEquals("1", outcome[0], method + " exit status; stderr:\n" + outcome[2]);
      assertEquals(expected, outcome[2].stripTrailing(), method);
      assertFalse(outcome[2].contains("\tat ") || outcome[2].contains("Exception"), method);
    }
  }

  @Test
  void aNonStringMessageIsShownAsAValue() throws Exception {
    Path file = Files.writeString(dir.resolve("value.ppl"),
        "let r = {a: 1, b: [2.5]}\nerror(r)\nreturn 0\n");
    String[] outcome = ppl("run", file.toString(), "--method", "enumerate", "--quiet");
    assertEquals("1", outcome[0]);
    assertEquals(file + ":2:1: error: {a: 1, b: [2.5]}\n    error(r)\n    ^^^^^^^^",
        outcome[2].stripTrailing());
  }
}
