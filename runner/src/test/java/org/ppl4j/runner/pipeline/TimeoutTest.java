package org.ppl4j.runner.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppl4j.runner.cli.Main;

/**
 * {@code --timeout} (issue 20, item 2): a run that would take minutes stops with a user error
 * (exit 1) naming the limit; a run that finishes in time is unchanged; a bad value is a usage
 * error. The 60-second bound is a hang guard, not a speed assertion: the program below would run
 * for minutes, the limit is 1 s.
 */
class TimeoutTest {
  @TempDir Path dir;

  /** About 2.5e9 loop iterations under forward sampling: minutes of work. */
  private static final String SLOW = "let xs = repeat(5000000, fn () => 1.0)\n"
      + "x ~ normal(sum(xs), 1)\nreturn x\n";

  @Test
  void aRunLongerThanTheLimitStopsWithAUserError() throws IOException {
    Path file = Files.writeString(dir.resolve("slow.ppl"), SLOW);
    String[] err = new String[1];
    int code = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run(err, "run",
        file.toString(), "--method", "forward", "--samples", "500", "--timeout", "1"));
    assertEquals(1, code, err[0]);
    assertTrue(err[0].contains("the run did not finish within --timeout 1 s"), err[0]);
  }

  @Test
  void aRunWithinTheLimitIsUnchanged() throws IOException {
    Path file = Files.writeString(dir.resolve("fast.ppl"), "x ~ normal(0, 1)\nreturn x\n");
    String[] err = new String[1];
    StringWriter withLimit = new StringWriter();
    StringWriter without = new StringWriter();
    assertEquals(0, Main.run(new String[] {"run", file.toString(), "--seed", "3", "--format",
        "json", "--timeout", "600"}, new PrintWriter(withLimit), new PrintWriter(new StringWriter())));
    assertEquals(0, Main.run(new String[] {"run", file.toString(), "--seed", "3", "--format",
        "json"}, new PrintWriter(without), new PrintWriter(new StringWriter())));
    assertEquals(without.toString().replaceAll("\"time_s\" : [0-9.eE-]+", ""),
        withLimit.toString().replaceAll("\"time_s\" : [0-9.eE-]+", ""));
  }

  @Test
  void aBadLimitIsAUsageError() throws IOException {
    Path file = Files.writeString(dir.resolve("fast.ppl"), "x ~ normal(0, 1)\nreturn x\n");
    String[] err = new String[1];
    assertEquals(2, run(err, "run", file.toString(), "--timeout", "0"));
    assertTrue(err[0].contains("--timeout must be a number of seconds > 0, got 0"), err[0]);
    assertEquals(2, run(err, "run", file.toString(), "--timeout", "soon"));
    assertTrue(err[0].contains("--timeout needs a number, got 'soon'"), err[0]);
  }

  private static int run(String[] err, String... args) {
    StringWriter e = new StringWriter();
    int code = Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(e));
    err[0] = e.toString();
    return code;
  }
}
