package org.ppl4j.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Programs nested 10,000 deep (parentheses, array literals, unary minus, additions) are parsed,
 * checked and run to their value through the command line's entry point, whose thread has the
 * stack for it, instead of failing with a stack overflow.
 */
class DeepNestingTest {
  private static final int DEPTH = 10_000;
  private static final JsonMapper JSON = new JsonMapper();
  @TempDir Path dir;

  @Test
  void tenThousandNestedParenthesesGiveTheirValue() throws Exception {
    JsonNode summary = run("return " + "(".repeat(DEPTH) + "7" + ")".repeat(DEPTH));
    assertEquals(7.0, summary.get("value").get("mean").doubleValue());
  }

  @Test
  void tenThousandNestedArraysNegationsAndAdditionsGiveTheirValue() throws Exception {
    String arrays = "[".repeat(DEPTH) + "1" + "]".repeat(DEPTH);
    String negations = "-".repeat(DEPTH) + "2"; // an even number of minus signs
    String additions = "1" + " + 1".repeat(DEPTH);
    JsonNode summary = run("let a = " + arrays + "\nlet n = " + negations + "\nlet s = "
        + additions + "\nreturn {n: n, s: s}");
    assertEquals(2.0, summary.get("n").get("mean").doubleValue());
    assertEquals(DEPTH + 1.0, summary.get("s").get("mean").doubleValue());
  }

  private JsonNode run(String source) throws Exception {
    Path file = Files.writeString(dir.resolve("deep.ppl"), source + "\n");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int check = Main.run(new String[] {"check", file.toString()}, new PrintWriter(out),
        new PrintWriter(err));
    assertEquals(0, check, err.toString());
    out.getBuffer().setLength(0);
    int code = Main.run(new String[] {"run", file.toString(), "--method", "enumerate",
        "--format", "json", "--seed", "1"}, new PrintWriter(out), new PrintWriter(err));
    assertEquals(0, code, err.toString());
    return JSON.readTree(out.toString()).get("summary");
  }
}
