package org.ppl4j.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ppl spark run}: JSON Lines per group, error rows, and errors before Spark starts. */
class SparkMainTest {
  @TempDir Path dir;

  private record Outcome(int code, String out, String err) {}

  private static Outcome run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SparkMain.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Outcome(code, out.toString(), err.toString());
  }

  @Test
  void jsonLinesOnePerGroupSortedWithAnErrorRow() throws Exception {
    Path program = Files.writeString(dir.resolve("mean.ppl"), ManyPosteriorsTest.PROGRAM);
    Path data = Files.writeString(dir.resolve("d.csv"),
        "store,y\nb,1.0\na,0.5\nb,1.2\na,0.7\nc,oops\n");
    Outcome o = run("run", program.toString(), "--data", data.toString(), "--group-by", "store",
        "--master", "local[2]", "--method", "importance", "--particles", "300", "--seed", "4",
        "--format", "json");
    assertEquals(0, o.code(), o.err());
    List<String> lines = o.out().lines().toList();
    assertEquals(3, lines.size(), o.out());
    JsonNode a = GroupFitter.parse(lines.get(0));
    assertEquals("a", a.get("group").asText());
    assertEquals("importance", a.get("method").asText());
    assertEquals(GroupSeeds.of(4, "a"), a.get("seed").asLong());
    assertTrue(a.get("summary").has("mu"));
    assertTrue(a.get("error").isNull());
    JsonNode c = GroupFitter.parse(lines.get(2));
    assertTrue(c.get("error").asText().contains("'oops'"), lines.get(2));
    assertTrue(o.err().contains("1 of 3 groups failed"), o.err());
    assertFalse(o.err().contains("\tat "), "no stack trace: " + o.err());
  }

  @Test
  void badProgramAndMissingDataFailBeforeSparkStartsWithoutAStackTrace() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.ppl"), "mu ~ normall(0, 1)\nreturn mu\n");
    Outcome program = run("run", bad.toString(), "--data", "nowhere.csv", "--group-by", "g");
    assertEquals(1, program.code());
    assertTrue(program.err().contains("bad.ppl:1:6: error: unknown distribution 'normall'"),
        program.err());
    Path good = Files.writeString(dir.resolve("good.ppl"), ManyPosteriorsTest.PROGRAM);
    Outcome data = run("run", good.toString(), "--data", dir.resolve("nowhere.csv").toString(),
        "--group-by", "g");
    assertEquals(1, data.code());
    assertTrue(data.err().contains("no such file"), data.err());
    Outcome option = run("run", good.toString(), "--data", "x.csv", "--group-by", "g",
        "--particles", "-3");
    assertEquals(2, option.code(), option.err());
    assertTrue(option.err().contains("--particles"), option.err());
    assertFalse((program.err() + data.err() + option.err()).contains("\tat "));
  }
}
