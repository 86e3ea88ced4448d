package org.ppl4j.proofs.auto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ppl4j.runner.cli.Main;

/**
 * {@code ppl run} without {@code --method} runs {@code --method auto} (issue 15), end to end on
 * the example programs: the table's header names the method chosen and why in one line, the
 * JSON's {@code "method"} is the method that ran and {@code "method_reason"} says why (absent
 * when the user named the method), a seed gives one output, and the options given reach the
 * chosen method where it reads them, with a warning, not an error, where it does not.
 */
class AutoRunTest {
  private static final JsonMapper JSON = new JsonMapper();
  private static final Path EXAMPLES = Path.of("..", "examples");

  /** Exit code, standard output and standard error of one run. */
  record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private static String example(String name) {
    return EXAMPLES.resolve(name).toString();
  }

  @Test
  void theTableHeaderNamesTheChosenMethodAndWhyInOneLine() {
    Run r = run("run", example("burglary.ppl"), "--seed", "1");
    assertEquals(0, r.code(), r.err());
    String[] lines = r.out().split("\\R");
    assertEquals("Inference for " + example("burglary.ppl") + ": method = enumerate, seed = 1",
        lines[0]);
    assertEquals("method: auto -> enumerate (every choice is discrete and finite: 3 discrete"
        + " choices, 8 execution paths)", lines[1]);
    Run named = run("run", example("burglary.ppl"), "--seed", "1", "--method", "enumerate");
    assertFalse(named.out().contains("method: auto"), named.out());
  }

  @Test
  void theJsonGivesTheMethodThatRanAndTheReason() throws Exception {
    JsonNode auto = JSON.readTree(run("run", example("burglary.ppl"), "--seed", "1",
        "--format", "json").out());
    assertEquals("enumerate", auto.get("method").asText());
    assertEquals("every choice is discrete and finite: 3 discrete choices, 8 execution paths",
        auto.get("method_reason").asText());
    List<String> keys = new ArrayList<>();
    auto.fieldNames().forEachRemaining(keys::add);
    assertEquals(List.of("method", "method_reason", "seed"), keys.subList(0, 3));
    JsonNode named = JSON.readTree(run("run", example("burglary.ppl"), "--seed", "1",
        "--format", "json", "--method", "enumerate").out());
    assertFalse(named.has("method_reason"));
    JsonNode nuts = JSON.readTree(run("run", example("coin.ppl"), "--data", example("coin.json"),
        "--seed", "1", "--format", "json", "--samples", "200", "--warmup", "200").out());
    assertEquals("nuts", nuts.get("method").asText());
    assertEquals("every choice is continuous and the model is static: 1 real parameter",
        nuts.get("method_reason").asText());
  }

  @Test
  void aSeedGivesOneOutputAndParticlesReachTheChosenSampler() throws Exception {
    String[] args = {"run", example("gaussian_mixture.ppl"), "--data",
        example("gaussian_mixture.json"), "--seed", "5", "--particles", "300", "--format", "json",
        "--diagnostics"};
    Run first = run(args);
    Run second = run(args);
    assertEquals(0, first.code(), first.err());
    ObjectNode a = (ObjectNode) JSON.readTree(first.out());
    ObjectNode b = (ObjectNode) JSON.readTree(second.out());
    a.remove("time_s");
    b.remove("time_s");
    assertEquals(a, b, "same seed, same output");
    assertEquals("tempered", a.get("method").asText());
    assertEquals(300, a.get("draws").asInt(), "--particles reached tempered SMC");
    assertEquals("", first.err(), "tempered reads --particles: no warning");
  }

  @Test
  void anOptionTheChosenMethodDoesNotReadIsAWarningNotAnError() {
    Run r = run("run", example("coin.ppl"), "--data", example("coin.json"), "--seed", "1",
        "--particles", "500", "--samples", "200", "--warmup", "200");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("Inference for " + example("coin.ppl") + ": method = nuts"),
        r.out());
    assertEquals("warning: method 'nuts' (chosen by --method auto) does not use --particles"
        + " (ignored)", r.err().strip());
  }
}
