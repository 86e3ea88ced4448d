package org.ppl4j.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ppl run} end to end on the stand-in "two coins" program of {@link Cli}
 * ({@code a ~ bernoulli(0.5); b ~ bernoulli(0.25); condition(a || b)}): exactly, evidence
 * 5/8, P(a) = 4/5, P(b) = 2/5.
 */
class RunCommandTest {
  private static final JsonMapper JSON = new JsonMapper();
  @TempDir Path dir;

  private String program() throws Exception {
    return Files.writeString(dir.resolve("coins.ppl"), "two coins\n").toString();
  }

  @Test
  void enumerateGivesTheExactPosteriorAsJson() throws Exception {
    Cli c = new Cli().run("run", program(), "--method", "enumerate", "--format", "json");
    assertEquals(0, c.exitCode, c.err.toString());
    JsonNode root = JSON.readTree(c.out.toString());
    assertEquals("enumerate", root.get("method").textValue());
    assertEquals(42, root.get("seed").longValue(), "the seed source's seed is reported");
    assertEquals(Math.log(0.625), root.get("log_evidence").doubleValue(), 1e-12);
    assertEquals(0.8, root.get("summary").get("a").get("mean").doubleValue(), 1e-12);
    assertEquals(0.4, root.get("summary").get("b").get("mean").doubleValue(), 1e-12);
    assertTrue(root.get("summary").get("a").get("ess").isNull(), "no ESS for exact results");
    // a Bool leaf's probabilities are keyed as it is summarised, 0/1 (LANGUAGE.md §8)
    List<String> values = new java.util.ArrayList<>();
    root.get("probabilities").get("a").fieldNames().forEachRemaining(values::add);
    assertEquals(List.of("0", "1"), values);
    assertEquals(0.8, root.get("probabilities").get("a").get("1").doubleValue(), 1e-12);
    assertEquals(0.2, root.get("probabilities").get("a").get("0").doubleValue(), 1e-12);
  }

  @Test
  void rejectionWithASeedIsReproducibleAndWithinMonteCarloError() throws Exception {
    String m = program();
    Cli first = new Cli().run("run", m, "--method", "rejection", "--samples", "4000",
        "--seed", "7", "--format", "json", "--diagnostics");
    Cli second = new Cli().run("run", m, "--method", "rejection", "--samples", "4000",
        "--seed", "7", "--format", "json");
    assertEquals(0, first.exitCode, first.err.toString());
    JsonNode a = JSON.readTree(first.out.toString());
    JsonNode b = JSON.readTree(second.out.toString());
    assertEquals(a.get("summary"), b.get("summary"), "same seed, same draws");
    assertEquals(7, a.get("seed").longValue());
    // P(a) = 4/5 exactly; 4000 independent draws: standard error sqrt(0.16 / 4000) = 0.0063.
    double mean = a.get("summary").get("a").get("mean").doubleValue();
    double z = (mean - 0.8) / Math.sqrt(0.16 / 4000);
    assertTrue(Math.abs(z) <= 4.5, "seed 7, N 4000, mean " + mean + ", z " + z);
    // acceptance probability 5/8 (a diagnostic key, asked for by --diagnostics); about 6400 attempts give a
    // standard error of sqrt(0.625 * 0.375 / 6400) = 0.006; tolerance 4.5 of them
    assertTrue(Math.abs(a.get("acceptance_rate").doubleValue() - 0.625) < 0.027);
  }

  @Test
  void tableOutputIsTheDefault() throws Exception {
    Cli c = new Cli().run("run", program(), "--method", "enumerate", "--seed", "3");
    assertEquals(0, c.exitCode, c.err.toString());
    String text = c.out.toString();
    assertTrue(text.startsWith("Inference for " + dir.resolve("coins.ppl")
        + ": method = enumerate, seed = 3"), text);
    assertTrue(text.contains("exact posterior over 3 distinct results"), text);
    assertTrue(text.contains("Mean"), text);
    assertTrue(text.contains("Probabilities:"), text);
  }

  @Test
  void drawsCsvHasOneColumnPerLeafAndWeightsWhenWeighted() throws Exception {
    Path out = dir.resolve("draws.csv");
    Cli c = new Cli().run("run", program(), "--method", "enumerate", "--draws", out.toString());
    assertEquals(0, c.exitCode, c.err.toString());
    List<String> lines = Files.readAllLines(out);
    assertEquals("a,b,weight", lines.get(0));
    assertEquals(4, lines.size(), "three distinct results after the header: " + lines);
    double total = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",");
      assertEquals(3, cells.length);
      total += Double.parseDouble(cells[2]);
    }
    assertEquals(1.0, total, 1e-12, "weights are normalised");
    Path forward = dir.resolve("forward.csv");
    new Cli().run("run", program(), "--method", "forward", "--samples", "10",
        "--draws", forward.toString());
    List<String> unweighted = Files.readAllLines(forward);
    assertEquals("a,b", unweighted.get(0), "no weight column for unweighted draws");
    assertEquals(11, unweighted.size());
  }

  @Test
  void plotWritesOneHistogramPerLeafAsSvg() throws Exception {
    Path svg = dir.resolve("post.svg");
    Cli c = new Cli().run("run", program(), "--method", "rejection", "--samples", "200",
        "--seed", "1", "--plot", svg.toString());
    assertEquals(0, c.exitCode, c.err.toString());
    String text = Files.readString(svg);
    assertTrue(text.startsWith("<svg") || text.startsWith("<?xml"), text);
    assertTrue(text.contains(">a<") && text.contains(">b<"), "a panel titled by each leaf");
  }

  @Test
  void methodErrorsAreUserErrors() throws Exception {
    // a method that cannot run this model (nuts on discrete draws) is the user's error: exit 1,
    // the method's message naming the distribution, no Java exception
    Cli nuts = new Cli().withStandardMethods().run("run", program(), "--method", "nuts");
    assertEquals(ExitCode.USER_ERROR, nuts.exitCode, nuts.err.toString());
    assertTrue(nuts.err.toString().contains("nuts: ")
        && nuts.err.toString().contains("'bernoulli'"), nuts.err.toString());
    assertFalse(nuts.err.toString().contains("Exception"), nuts.err.toString());
    // the control: the same harness with a method that can run it exits 0
    Path soft = Files.writeString(dir.resolve("soft.ppl"), "two coins");
    Cli c = new Cli().run("run", soft.toString(), "--method", "rejection", "--samples", "1");
    assertEquals(0, c.exitCode, "hard conditions only: rejection works");
    Cli unwritable = new Cli().run("run", program(), "--method", "enumerate", "--draws",
        dir.resolve("no/such/dir/d.csv").toString());
    assertEquals(ExitCode.USER_ERROR, unwritable.exitCode);
    assertTrue(unwritable.err.toString().startsWith("ppl: error: cannot write the draws"),
        unwritable.err.toString());
  }

  @Test
  void jsonHasTheContractsKeysOnlyUnlessDiagnosticsAreAskedFor() throws Exception {
    String m = program();
    Cli plain = new Cli().run("run", m, "--method", "rejection", "--samples", "100", "--seed",
        "2", "--format", "json");
    assertEquals(0, plain.exitCode, plain.err.toString());
    List<String> keys = new java.util.ArrayList<>();
    JSON.readTree(plain.out.toString()).fieldNames().forEachRemaining(keys::add);
    assertEquals(List.of("method", "seed", "log_evidence", "summary", "probabilities", "time_s",
        "warnings"),
        keys, "LANGUAGE.md §8");
    Cli full = new Cli().run("run", m, "--method", "rejection", "--samples", "100", "--seed",
        "2", "--format", "json", "--diagnostics");
    assertEquals(0, full.exitCode, full.err.toString());
    JsonNode root = JSON.readTree(full.out.toString());
    assertEquals(100, root.get("draws").intValue());
    assertEquals(1, root.get("chains").intValue());
    assertTrue(root.has("acceptance_rate"), full.out.toString());
  }

  @Test
  void everyRegisteredSamplingMethodRecoversTheExactPosterior() throws Exception {
    String m = program();
    for (org.ppl4j.runner.method.InferenceMethod inference
        : org.ppl4j.runner.method.StandardMethods.registry().methods()) {
      String method = inference.name();
      if (method.equals("forward")
          || inference.reads().contains(org.ppl4j.runner.method.MethodOption.NET)) {
        continue; // the prior, not the posterior; amortised methods need a trained network
      }
      if (method.equals("nuts") || method.equals("advi")) {
        continue; // continuous latents only: this program's draws are discrete (proofs-tests
                  // NutsMethodTest, AdviVersusNutsTest)
      }
      Cli c = new Cli().withStandardMethods().run("run", m, "--method", method, "--seed", "11",
          "--format", "json", "--quiet", "--particles", "2000", "--samples", "2000",
          "--chains", "2", "--warmup", "200");
      assertEquals(0, c.exitCode, method + ": " + c.err.toString());
      JsonNode a = JSON.readTree(c.out.toString()).get("summary").get("a");
      double mean = a.get("mean").doubleValue();
      if (a.get("ess").isNull()) {
        assertEquals(0.8, mean, 1e-12, method + " (exact)");
        continue;
      }
      // P(a) = 4/5, sd 0.4; standard error 0.4 / sqrt(ESS), ESS as the method reports it, used
      // only after a floor of 400 and (with two chains) a split R-hat <= 1.01 are asserted; a
      // Bernoulli's sd is sqrt(mean (1 - mean)), so the sd is checked by the mean.
      double ess = a.get("ess").doubleValue();
      assertTrue(ess >= 400, method + ": seed 11, ESS " + ess + " below the floor 400");
      if (!a.get("rhat").isNull()) {
        assertTrue(a.get("rhat").doubleValue() <= 1.01,
            method + ": seed 11, R-hat " + a.get("rhat").doubleValue() + " > 1.01");
      }
      double z = (mean - 0.8) / (0.4 / Math.sqrt(ess));
      assertTrue(Math.abs(z) <= 4.5, method + ": seed 11, mean " + mean + ", ESS " + ess
          + ", z " + z);
      assertEquals(Math.sqrt(mean * (1 - mean)), a.get("sd").doubleValue(), 1e-3,
          method + ": the sd of a 0/1 leaf");
    }
  }
}
