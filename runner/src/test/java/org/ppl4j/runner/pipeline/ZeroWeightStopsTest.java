package org.ppl4j.runner.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * Once a run's weight is zero it executes no further statement, under every method (issue 15,
 * item 6): a condition guarding an index ({@code condition(i < length(xs)); return xs[i]})
 * used to abort smc, importance, rmsmc, mh and pmmh with "index 2 is out of bounds". The exact
 * answer is 1.5 (i uniform on {0, 1} given the condition; xs[i] is 1 or 2, sd 0.5). Tolerance
 * 0.15 ≥ 4.5 standard errors for every method at seed 1: the weakest is importance with 1,000
 * particles of which a third survive, 0.5 / √333 = 0.027.
 */
class ZeroWeightStopsTest {
  @TempDir Path dir;

  private static final String GUARDED = "let xs = [1.0, 2.0]\ni ~ uniform_int(0, 6)\n"
      + "condition(i < length(xs))\nreturn xs[i]\n";

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"smc", "importance", "rmsmc", "mh", "pmmh", "tempered", "enumerate",
      "rejection"})
  void aConditionGuardingAnIndexStopsTheDeadRun(String method) throws IOException {
    Path file = Files.writeString(dir.resolve("guard.ppl"), GUARDED);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"run", file.toString(), "--method", method, "--seed", "1",
        "--format", "json"}, new PrintWriter(out), new PrintWriter(err));
    assertEquals(0, code, err.toString());
    JsonNode summary = new ObjectMapper().readTree(out.toString()).get("summary").get("value");
    double mean = summary.get("mean").doubleValue();
    assertTrue(Math.abs(mean - 1.5) <= 0.15, method + ": mean " + mean);
  }
}
