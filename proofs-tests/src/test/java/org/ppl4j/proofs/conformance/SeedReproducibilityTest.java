package org.ppl4j.proofs.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ppl4j.runner.cli.Main;

/**
 * LANGUAGE.md §8 {@code --seed}: the same seed gives the same output (JSON without its wall
 * time, and the {@code --draws} file) run after run, whatever the number of processors the JVM
 * sees (1 or 4: a separate JVM with {@code -XX:ActiveProcessorCount}), and another seed gives
 * other draws.
 */
class SeedReproducibilityTest {
  private static final Path CORPUS = Path.of(System.getProperty("basedir", "."))
      .resolve("src/test/resources/conformance").normalize();

  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"importance --particles 500", "smc --particles 500",
      "smc --particles 500 --resampler multinomial", "rmsmc --particles 200",
      "mh --chains 3 --samples 300 --warmup 100", "pmmh --samples 100 --warmup 20 --particles 20"})
  void theSameSeedGivesTheSameOutputInProcess(String method) throws IOException {
    String first = runInProcess(method, 17, dir.resolve("a.csv"));
    String again = runInProcess(method, 17, dir.resolve("b.csv"));
    assertEquals(first, again, "same seed, same JSON: " + method);
    assertEquals(Files.readString(dir.resolve("a.csv")), Files.readString(dir.resolve("b.csv")),
        "same seed, same draws: " + method);
    String other = runInProcess(method, 18, dir.resolve("c.csv"));
    assertNotEquals(Files.readString(dir.resolve("a.csv")), Files.readString(dir.resolve("c.csv")),
        "another seed, other draws: " + method);
    assertNotEquals(first, other);
  }

  @ParameterizedTest
  @ValueSource(strings = {"smc --particles 2000", "mh --chains 4 --samples 200 --warmup 50"})
  void theOutputDoesNotDependOnTheNumberOfProcessors(String method) throws Exception {
    String one = runInJvm(1, method, dir.resolve("one.csv"));
    String four = runInJvm(4, method, dir.resolve("four.csv"));
    assertEquals(one, four, "1 vs 4 processors: " + method);
    assertEquals(Files.readString(dir.resolve("one.csv")),
        Files.readString(dir.resolve("four.csv")), "draws, 1 vs 4 processors: " + method);
  }

  private static List<String> args(String method, long seed, Path draws) {
    List<String> args = new ArrayList<>(List.of("run", CORPUS.resolve("coin_smc_systematic.ppl")
        .toString(), "--data", CORPUS.resolve("coin.json").toString(), "--format", "json",
        "--quiet", "--seed", Long.toString(seed), "--draws", draws.toString(), "--method"));
    args.addAll(List.of(method.split(" ")));
    return args;
  }

  private static String runInProcess(String method, long seed, Path draws) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args(method, seed, draws).toArray(String[]::new), new PrintWriter(out),
        new PrintWriter(err));
    assertEquals(0, exit, err.toString());
    return withoutTime(out.toString());
  }

  private static String runInJvm(int processors, String method, Path draws) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:ActiveProcessorCount=" + processors, "-cp", System.getProperty("java.class.path"),
        Main.class.getName()));
    command.addAll(args(method, 23, draws));
    Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
    byte[] out = process.getInputStream().readAllBytes();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor(120, TimeUnit.SECONDS);
    assertEquals(0, process.exitValue(), err);
    return withoutTime(new String(out, StandardCharsets.UTF_8));
  }

  private static String withoutTime(String json) {
    return json.replaceAll("\"time_s\"\\s*:\\s*[-0-9.eE]+", "\"time_s\" : T");
  }
}
