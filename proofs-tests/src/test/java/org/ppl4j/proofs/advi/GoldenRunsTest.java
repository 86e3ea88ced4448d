package org.ppl4j.proofs.advi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.ppl4j.runner.cli.Main;

/**
 * Golden runs of issue 19's methods and options, {@code ppl run --method advi},
 * {@code enumerate --max-paths} and {@code rejection --max-score}, and of their usage errors:
 * each line of {@code golden-runs/cases.txt} runs through the command line's Java entry point with a fixed seed and
 * its exit code, standard output and standard error must equal {@code golden-runs/NAME.out} exactly
 * (the time masked). A change of the methods' arithmetic, draws, output or messages shows here.
 * Expected files are rewritten only when {@code ppl.golden.update} is {@code true}.
 */
class GoldenRunsTest {
  private static final Path BASE = Path.of(System.getProperty("basedir", "."));
  private static final Path CASES = BASE.resolve("src/test/resources/golden-runs");
  private static final Path EXAMPLES = BASE.resolve("../examples").normalize();
  private static final boolean UPDATE = Boolean.getBoolean("ppl.golden.update");

  @TestFactory
  Stream<DynamicTest> everyCaseGivesItsGoldenOutput() throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    for (String line : Files.readAllLines(CASES.resolve("cases.txt"))) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\\|", 2);
      String name = parts[0].strip();
      tests.add(DynamicTest.dynamicTest(name, () -> check(name, parts[1].strip().split(" +"))));
    }
    return tests.stream();
  }

  private static void check(String name, String[] words) throws Exception {
    // a program of examples/, or '@' and one of this corpus (golden-runs/programs)
    Path program = words[0].startsWith("@") ? CASES.resolve(words[0].substring(1))
        : EXAMPLES.resolve(words[0]);
    List<String> args = new ArrayList<>(List.of("run", program.toString()));
    for (int i = 1; i < words.length; i++) {
      boolean path = words[i - 1].equals("--data");
      args.add(path ? EXAMPLES.resolve(words[i]).toString() : words[i]);
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    String actual = ("exit " + code + "\n" + out + "--- stderr\n" + err)
        .replace(EXAMPLES.toString() + "/", "")
        .replace(CASES.toString() + "/", "")
        .replaceAll("time = [0-9.]+ s", "time = T s")
        .replaceAll("\"time_s\" ?: ?[0-9.eE-]+", "\"time_s\": T")
        // a measurement of the process, as the time: not part of the golden output
        .replaceAll(",\\R *\"peak_heap_mb\" : [0-9]+", "");
    Path expected = CASES.resolve(name + ".out");
    if (UPDATE) {
      Files.writeString(expected, actual);
    }
    assertEquals(Files.readString(expected), actual, name);
  }
}
