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
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.ppl4j.compiler.PplCompiler;
import org.ppl4j.compiler.Program;
import org.ppl4j.runner.cli.Main;
import org.ppl4j.runner.data.DataLoader;
import org.ppl4j.runner.method.AutoMethod;
import org.ppl4j.runner.method.InferenceProblem;

/**
 * {@code ppl run} without {@code --method} never shows a collapsed posterior without a warning
 * (issue 15), on every example program with its data, on the golf putting workload, on which
 * 1,000-particle SMC collapses, and on the bench models ({@code bench/webppl/ppl} with
 * {@code bench/webppl/data}; {@code bench/nuts/logistic_regression}, 1,000 rows and 10
 * predictors, whose NUTS run takes 40 s on a quiet machine, is checked for the method chosen
 * only: auto must not give it to SMC). "Collapsed" is judged here independently of the
 * warnings' own code: some leaf's reported ESS is below 100, or the {@code --draws} file
 * holds fewer than 1% distinct rows in the columns of the real (non-discrete) leaves.
 * A population method's run has also collapsed when its lowest step ESS fell below 1% of its
 * particles ({@code --diagnostics}' {@code ess_min}). (NUTS, which auto picks for many of these,
 * writes CmdStan files instead of the {@code --draws} CSV; its runs are judged by their ESS.)
 * Fixed seed 1; a program that does not collapse passes whatever it warns.
 */
class NoSilentCollapseTest {
  private static final JsonMapper JSON = new JsonMapper();
  private static final Path EXAMPLES = Path.of("..", "examples");
  private static final Path WORKLOADS = Path.of("src", "test", "resources", "workloads");
  private static final Path BENCH = Path.of("..", "bench");

  @TempDir Path dir;

  record Case(Path program, Optional<Path> data) {}

  static List<Case> cases() throws Exception {
    List<Case> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".ppl")).sorted().toList()) {
        String stem = p.getFileName().toString().replace(".ppl", "");
        Optional<Path> data = Stream.of(".json", ".csv").map(e -> EXAMPLES.resolve(stem + e))
            .filter(Files::exists).findFirst();
        out.add(new Case(p, data));
      }
    }
    out.add(new Case(WORKLOADS.resolve("golf.ppl"), Optional.of(WORKLOADS.resolve("golf.json"))));
    try (Stream<Path> files = Files.list(BENCH.resolve("webppl").resolve("ppl"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".ppl")).sorted().toList()) {
        Path data = BENCH.resolve("webppl").resolve("data")
            .resolve(p.getFileName().toString().replace(".ppl", ".json"));
        out.add(new Case(p, Files.exists(data) ? Optional.of(data) : Optional.empty()));
      }
    }
    return out;
  }

  @Test
  void theLargeNutsBenchModelIsNotGivenToSmc() throws Exception {
    Path program = BENCH.resolve("nuts").resolve("logistic_regression.ppl");
    Program compiled = PplCompiler.compile(program.getFileName().toString(),
        Files.readString(program));
    InferenceProblem problem = new InferenceProblem(compiled, DataLoader.load(
        compiled.dataInputs(), Optional.of(BENCH.resolve("nuts")
            .resolve("logistic_regression.json"))).values());
    assertEquals("nuts", new AutoMethod().choose(problem).method().name());
  }

  @TestFactory
  Stream<DynamicTest> theDefaultMethodNeverCollapsesSilently() throws Exception {
    return cases().stream().map(c -> DynamicTest.dynamicTest(
        c.program().getFileName().toString(), () -> check(c)));
  }

  private void check(Case c) throws Exception {
    // examples/ and bench/ both hold a coin.ppl and an hmm.ppl: name the file by folder too
    Path draws = dir.resolve(c.program().getParent().getFileName() + "-"
        + c.program().getFileName() + ".csv");
    List<String> args = new ArrayList<>(List.of("run", c.program().toString(), "--seed", "1",
        "--format", "json", "--diagnostics", "--quiet", "--draws", draws.toString()));
    c.data().ifPresent(d -> args.addAll(List.of("--data", d.toString())));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    assertEquals(0, code, err.toString());
    JsonNode root = JSON.readTree(out.toString());
    boolean lowEss = false;
    for (JsonNode leaf : root.get("summary")) {
      lowEss |= leaf.get("ess").isNumber() && leaf.get("ess").doubleValue() < 100;
    }
    Set<String> realLeaves = new HashSet<>();
    root.get("summary").fieldNames().forEachRemaining(realLeaves::add);
    if (root.has("probabilities")) {
      root.get("probabilities").fieldNames().forEachRemaining(realLeaves::remove);
    }
    boolean fewDistinct = fewDistinctRows(draws, realLeaves);
    // a population method (smc, tempered) whose ESS fell below 1% of its particles at some step
    boolean weightsCollapsed = root.has("ess_min")
        && root.get("ess_min").doubleValue() < Math.max(2, 0.01 * root.get("draws").asInt());
    if (lowEss || fewDistinct || weightsCollapsed) {
      assertTrue(root.get("warnings").size() > 0, c.program() + " collapsed (ESS < 100: "
          + lowEss + ", < 1% distinct draws: " + fewDistinct + ", step ESS < 1%: "
          + weightsCollapsed + ") without a warning:\n" + out);
    }
  }

  /**
   * Whether fewer than 1% of the draws are distinct in the columns of real leaves (a discrete
   * leaf, one with probabilities, takes few values in any healthy run).
   */
  private static boolean fewDistinctRows(Path draws, Set<String> realLeaves) throws Exception {
    if (!Files.exists(draws) || realLeaves.isEmpty()) {
      return false;
    }
    List<String> lines = Files.readAllLines(draws);
    List<String> header = List.of(lines.get(0).split(","));
    Set<String> distinct = new HashSet<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",");
      StringBuilder key = new StringBuilder();
      for (int i = 0; i < header.size(); i++) {
        if (realLeaves.contains(header.get(i))) {
          key.append(cells[i]).append(',');
        }
      }
      distinct.add(key.toString());
    }
    return distinct.size() < 0.01 * (lines.size() - 1);
  }
}
