package org.ppl4j.proofs.nuts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * {@code ppl run --method nuts} with Stan's controls: {@code --adapt-delta},
 * {@code --max-treedepth}, {@code --init}, {@code --thin}, {@code --save-warmup}, each seen in
 * the CmdStan files of {@code --draws}; bad values, a bad {@code --draws} target and too many
 * chains are refused before any sampling, naming the flag.
 */
class NutsControlsTest {
  private static final String PROGRAM = "data ys : Real[]\n"
      + "mu ~ normal(0, 10)\n"
      + "sigma ~ half_normal(2)\n"
      + "for y in ys {\n  observe y ~ normal(mu, sigma)\n}\n"
      + "return {mu: mu, sigma: sigma}\n";
  private static final String DATA = "{\"ys\": [1.0, 1.8, 1.1, 0.9, 0.4, 1.1, 2.4, 1.7]}";

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  private Run run(String... options) throws Exception {
    Path file = Files.writeString(dir.resolve("m.ppl"), PROGRAM);
    Path data = Files.writeString(dir.resolve("m.json"), DATA);
    List<String> args = new ArrayList<>(List.of("run", file.toString(), "--data",
        data.toString(), "--method", "nuts", "--seed", "9", "--format", "json"));
    args.addAll(List.of(options));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private static List<String> rows(List<String> lines) {
    return lines.stream().filter(l -> !l.startsWith("#") && !l.startsWith("lp__")).toList();
  }

  private static double stepSize(List<String> lines) {
    return lines.stream().filter(l -> l.startsWith("# Step size = "))
        .mapToDouble(l -> Double.parseDouble(l.substring("# Step size = ".length())))
        .findFirst().orElseThrow();
  }

  @Test
  void aHigherAdaptDeltaGivesSmallerSteps() throws Exception {
    Path low = dir.resolve("low.csv");
    Path high = dir.resolve("high.csv");
    assertEquals(0, run("--chains", "1", "--adapt-delta", "0.6", "--draws", low.toString())
        .code());
    Run r = run("--chains", "1", "--adapt-delta", "0.99", "--draws", high.toString());
    assertEquals(0, r.code(), r.err());
    List<String> highLines = Files.readAllLines(dir.resolve("high_1.csv"));
    assertTrue(highLines.contains("#       delta = 0.99"));
    assertTrue(stepSize(highLines) < stepSize(Files.readAllLines(dir.resolve("low_1.csv"))),
        "dual averaging aims at a higher acceptance with shorter steps");
  }

  @Test
  void maxTreedepthBoundsEveryTrajectory() throws Exception {
    Path out = dir.resolve("d.csv");
    Run r = run("--chains", "1", "--max-treedepth", "2", "--draws", out.toString());
    assertEquals(0, r.code(), r.err());
    List<String> lines = Files.readAllLines(dir.resolve("d_1.csv"));
    assertTrue(lines.contains("#             max_depth = 2"));
    for (String row : rows(lines)) {
      assertTrue(Integer.parseInt(row.split(",")[3]) <= 2, row);
    }
  }

  @Test
  void thinKeepsEveryNthAndSaveWarmupWritesTheWarmup() throws Exception {
    Path out = dir.resolve("t.csv");
    Run r = run("--chains", "2", "--warmup", "100", "--samples", "100", "--thin", "4",
        "--save-warmup", "--init", "0.5", "--draws", out.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("\"draws\"") || r.out().contains("\"summary\""));
    List<String> lines = Files.readAllLines(dir.resolve("t_2.csv"));
    assertTrue(lines.contains("#     thin = 4"));
    assertTrue(lines.contains("#     save_warmup = 1"));
    assertTrue(lines.contains("# init = 0.5"));
    assertEquals(25 + 25, rows(lines).size(), "ceil(100 / 4) warm-up + ceil(100 / 4) draws");
    int adaptation = lines.indexOf("# Adaptation terminated");
    assertEquals(25, rows(lines.subList(0, adaptation)).size(), "warm-up rows come first");
    Run json = run("--chains", "2", "--warmup", "100", "--samples", "100", "--thin", "4",
        "--diagnostics");
    assertEquals(50, new com.fasterxml.jackson.databind.json.JsonMapper().readTree(json.out())
        .get("draws").intValue(), "the posterior holds the thinned draws, not the warm-up");
  }

  @Test
  void badControlsAreUsageErrorsNamingTheFlag() throws Exception {
    String[][] cases = {
        {"--adapt-delta", "1.2", "--adapt-delta must be between 0 and 1"},
        {"--max-treedepth", "0", "--max-treedepth must be between 1 and 30, got 0"},
        {"--thin", "0", "--thin must be at least 1, got 0"},
        {"--init", "-2", "--init must be a radius >= 0"},
        {"--chains", "1000000", "--chains must be at most 1000, got 1000000"},
    };
    for (String[] c : cases) {
      Run r = run(c[0], c[1]);
      assertEquals(2, r.code(), c[0] + ": " + r.err());
      assertTrue(r.err().contains(c[2]), r.err());
    }
  }

  @Test
  void aBadDrawsTargetIsRefusedBeforeSampling() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("folder"));
    Run directory = run("--draws", folder.toString());
    assertEquals(1, directory.code());
    assertTrue(directory.err().contains("cannot write the draws to '" + folder
        + "': it is a directory"), directory.err());
    assertFalse(Files.exists(dir.resolve("folder_1.csv")));
    Run empty = run("--draws", "");
    assertEquals(1, empty.code());
    assertTrue(empty.err().contains("--draws needs a file name"), empty.err());
    if (Files.exists(Path.of("/dev/full"))) {
      Run device = run("--draws", "/dev/full");
      assertEquals(1, device.code());
      assertTrue(device.err().contains("it is not a regular file"), device.err());
    }
    Run missing = run("--draws", dir.resolve("no/such/out.csv").toString());
    assertEquals(1, missing.code());
    assertTrue(missing.err().contains("no such directory"), missing.err());
  }

  @Test
  void otherMethodsWarnThatTheyIgnoreNutsControls() throws Exception {
    Path file = Files.writeString(dir.resolve("m.ppl"), PROGRAM);
    Path data = Files.writeString(dir.resolve("m.json"), DATA);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"run", file.toString(), "--data", data.toString(),
        "--method", "importance", "--particles", "100", "--adapt-delta", "0.9", "--seed", "1"},
        new PrintWriter(out), new PrintWriter(err));
    assertEquals(0, code, err.toString());
    assertTrue(err.toString().contains(
        "warning: method 'importance' does not use --adapt-delta (ignored)"), err.toString());
  }
}
