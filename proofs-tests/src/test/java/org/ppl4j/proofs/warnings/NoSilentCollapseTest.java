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
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.ppl4j.runner.cli.Main;

/**
 * {@code ppl run} without {@code --method} never shows a collapsed posterior without a warning
 * (issue 15), on every example program with its data and on the golf putting workload, on
 * which 1,000-particle SMC collapses. "Collapsed" is judged here independently of the
 * warnings' own code: some leaf's reported ESS is below 100, or the {@code --draws} file
 * holds fewer than 1% distinct rows in the columns of the real (non-discrete) leaves.
 * Fixed seed 1; a program that does not collapse passes whatever it warns.
 */
class NoSilentCollapseTest {
  private static final JsonMapper JSON = new JsonMapper();
  private static final Path EXAMPLES = Path.of("..", "examples");
  private static final Path WORKLOADS = Path.of("src", "test", "resources", "workloads");

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
    return out;
  }

  @TestFactory
  Stream<DynamicTest> theDefaultMethodNeverCollapsesSilently() throws Exception {
    return cases().stream().map(c -> DynamicTest.dynamicTest(
        c.program().getFileName().toString(), () -> check(c)));
  }

  private void check(Case c) throws Exception {
    Path draws = dir.resolve(c.program().getFileName() + ".csv");
    List<String> args = new ArrayList<>(List.of("run", c.program().toString(), "--seed", "1",
        "--format", "json", "--quiet", "--draws", draws.toString()));
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
    if (lowEss || fewDistinct) {
      assertTrue(root.get("warnings").size() > 0, c.program() + " collapsed (ESS < 100: "
          + lowEss + ", < 1% distinct draws: " + fewDistinct + ") without a warning:\n" + out);
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
