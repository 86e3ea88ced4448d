package org.ppl4j.runner.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ppl4j.runner.cli.Main;

/**
 * A result with no numeric part (a String, a function, a distribution, an empty array) gets a
 * warning that says so and what to return instead, rather than an empty summary and no word
 * (issue 20, finding 12); a numeric result gets none.
 */
class NothingToSummariseTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "return \"hello\"|String",
      "return fn (x) => x|function",
      "return normal(0, 1)|distribution",
      "return []|[]"})
  void resultsWithoutNumbersAreNamedInAWarning(String program, String type) throws IOException {
    String err = run(program);
    assertTrue(err.contains("warning: the returned value (" + type + ") has no numeric part"
        + " to summarise"), err);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"return 1.5", "return {a: \"x\", b: 1}", "return [true]"})
  void resultsWithNumbersGetNoSuchWarning(String program) throws IOException {
    assertFalse(run(program).contains("no numeric part"));
  }

  private String run(String program) throws IOException {
    Path file = Files.writeString(dir.resolve("r.ppl"), program + "\n");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"run", file.toString(), "--seed", "1"},
        new PrintWriter(out), new PrintWriter(err));
    assertEquals(0, code, err.toString());
    return err.toString();
  }
}
