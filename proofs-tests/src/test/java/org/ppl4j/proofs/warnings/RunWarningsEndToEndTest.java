package org.ppl4j.proofs.warnings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppl4j.runner.cli.Main;

/**
 * {@code ppl run} prints the run's warnings after the summary table and as {@code "warnings"}
 * in the JSON, on real programs: each warning here is triggered by a run built to trip it, and a
 * good run of the same program prints none. Every run has a fixed seed, so the outcome is
 * deterministic; the "good" runs are far from every threshold (a normal mean with 10
 * observations: NUTS gives an ESS in the thousands, R-hat 1.00).
 */
class RunWarningsEndToEndTest {
  private static final JsonMapper JSON = new JsonMapper();
  private static final String NORMAL_MEAN = "data ys : Real[]\n"
      + "mu ~ normal(0, 10)\n"
      + "for y in ys {\n  observe y ~ normal(mu, 1.0)\n}\n"
      + "return mu\n";
  private static final String DATA =
      "{\"ys\": [1.044, 1.811, 1.074, 0.985, 0.37, 1.087, 2.412, 1.724, 2.337, 1.549]}";
  /** Eight schools, centred: a funnel that makes NUTS diverge at adapt delta 0.8. */
  private static final String EIGHT_SCHOOLS = "data y : Real[]\ndata sigma : Real[]\n"
      + "mu ~ normal(0, 5)\n"
      + "tau ~ half_cauchy(5)\n"
      + "for j in 0..8 {\n"
      + "  let theta = sample(normal(mu, tau))\n"
      + "  observe y[j] ~ normal(theta, sigma[j])\n"
      + "}\n"
      + "return {mu: mu, tau: tau}\n";
  private static final String SCHOOLS_DATA = "{\"y\": [28, 8, -3, 7, -1, 1, 18, 12],"
      + " \"sigma\": [15, 10, 16, 11, 9, 11, 10, 18]}";

  @TempDir Path dir;

  /** Exit code, standard output and standard error of one run. */
  record Run(int code, String out, String err) {
    JsonNode json() throws Exception {
      return JSON.readTree(out);
    }

    List<String> warnings() throws Exception {
      List<String> out = new ArrayList<>();
      json().get("warnings").forEach(w -> out.add(w.textValue()));
      return out;
    }
  }

  private Run run(String program, String data, String... options) throws Exception {
    Path file = dir.resolve("m.ppl");
    Files.writeString(file, program);
    List<String> args = new ArrayList<>(List.of("run", file.toString(), "--quiet"));
    if (data != null) {
      args.addAll(List.of("--data", Files.writeString(dir.resolve("m.json"), data).toString()));
    }
    args.addAll(List.of(options));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private static boolean any(List<String> warnings, String start) {
    return warnings.stream().anyMatch(w -> w.startsWith(start));
  }

  @Test
  void aGoodNutsRunHasNoWarning() throws Exception {
    Run r = run(NORMAL_MEAN, DATA, "--method", "nuts", "--warmup", "300", "--samples", "500",
        "--seed", "1", "--format", "json");
    assertEquals(0, r.code(), r.err());
    assertEquals(List.of(), r.warnings());
    Run table = run(NORMAL_MEAN, DATA, "--method", "nuts", "--warmup", "300", "--samples",
        "500", "--seed", "1");
    assertTrue(!table.out().contains("warning:"), table.out());
    assertTrue(table.out().contains("MCSE") && table.out().contains("Tail ESS"), table.out());
  }

  @Test
  void nutsWithoutWarmupWarnsInTheTableAndTheJson() throws Exception {
    Run table = run(NORMAL_MEAN, DATA, "--method", "nuts", "--warmup", "0", "--samples", "200",
        "--seed", "1");
    assertEquals(0, table.code(), table.err());
    assertTrue(table.out().contains("\nwarning: warm-up of 0 iterations is below 100"),
        table.out());
    Run json = run(NORMAL_MEAN, DATA, "--method", "nuts", "--warmup", "0", "--samples", "200",
        "--seed", "1", "--format", "json");
    assertTrue(any(json.warnings(), "warm-up of 0 iterations is below 100"), json.out());
  }

  @Test
  void aShallowTreeDepthWarnsAndSuggestsRaisingIt() throws Exception {
    Run r = run(NORMAL_MEAN, DATA, "--method", "nuts", "--warmup", "200", "--samples", "200",
        "--max-treedepth", "1", "--seed", "2", "--format", "json");
    assertEquals(0, r.code(), r.err());
    assertTrue(any(r.warnings(), "") && r.warnings().stream().anyMatch(w ->
        w.contains("stopped at the maximum tree depth 1") && w.contains("--max-treedepth 3")),
        r.warnings().toString());
  }

  @Test
  void centredEightSchoolsDivergesAndTheWarningSuggestsAdaptDelta() throws Exception {
    Run r = run(EIGHT_SCHOOLS, SCHOOLS_DATA, "--method", "nuts", "--seed", "3",
        "--format", "json", "--diagnostics");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.json().get("divergences").doubleValue() > 0, r.out());
    assertTrue(r.warnings().stream().anyMatch(w -> w.contains("diverged")
        && w.contains("--adapt-delta")), r.warnings().toString());
  }

  @Test
  void aCollapsedSmcPopulationWarnsAndSuggestsTempered() throws Exception {
    // 10 observations with sd 0.01 around 1: the prior N(0, 10) puts a handful of 100
    // particles near the posterior (sd 0.003), so the population collapses
    String sharp = NORMAL_MEAN.replace("normal(mu, 1.0)", "normal(mu, 0.01)");
    Run r = run(sharp, DATA, "--method", "smc", "--particles", "100", "--seed", "4",
        "--format", "json");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.warnings().stream().anyMatch(w -> w.contains("--method tempered")),
        r.warnings().toString());
    Run good = run(NORMAL_MEAN, DATA, "--method", "importance", "--particles", "20000",
        "--seed", "4", "--format", "json");
    assertEquals(List.of(), good.warnings());
  }

  @Test
  void mhThatHardlyMovesWarnsOfItsAcceptanceRate() throws Exception {
    // prior re-draws from N(0, 10) against a posterior of sd 0.003: a move is accepted about
    // only when it lands nearer the mode than any before, so a few in thousands are
    String sharp = NORMAL_MEAN.replace("normal(mu, 1.0)", "normal(mu, 0.01)");
    // (--proposal prior: the adaptive random walk, the default since issue 15, mixes here)
    Run r = run(sharp, DATA, "--method", "mh", "--proposal", "prior", "--chains", "2",
        "--samples", "4000", "--warmup", "100", "--seed", "5", "--format", "json",
        "--diagnostics");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.json().get("acceptance_rate").doubleValue() < 0.01, r.out());
    assertTrue(any(r.warnings(), "acceptance rate "), r.warnings().toString());
    assertTrue(any(r.warnings(), "split R-hat is above 1.01")
        || any(r.warnings(), "bulk or tail ESS is below 100"), r.warnings().toString());
  }
}
