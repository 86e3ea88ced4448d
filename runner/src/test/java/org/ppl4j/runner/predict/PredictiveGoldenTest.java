package org.ppl4j.runner.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.ppl4j.runner.cli.Main;

/**
 * Golden runs of {@code --predict}, {@code --loo} and {@code ppl compare}: every {@code X.args}
 * under {@code src/test/resources/predict} (one line of arguments, {@code $DIR} the folder)
 * runs through {@link Main#run(String[], PrintWriter, PrintWriter)}, and its exit code,
 * standard output and standard error must equal {@code X.out} exactly, with the run's wall
 * time written {@code T} ({@code $DIR} is the folder relative to the working directory, the
 * module's folder under Maven, so that file names print as {@code src/test/resources/...}).
 * Runs have fixed seeds and use {@code mh} (whose draws do not depend on the gradient code).
 * {@code X.out} is rewritten only with {@code -Dppl.golden.update=true}.
 */
class PredictiveGoldenTest {
  private static final Path DIR = Path.of("").toAbsolutePath().relativize(
      Path.of(System.getProperty("basedir", ".")).resolve("src/test/resources/predict")
          .toAbsolutePath().normalize());

  @TestFactory
  Stream<DynamicTest> everyRunMatchesItsGoldenOutput() throws Exception {
    List<Path> cases;
    try (Stream<Path> files = Files.list(DIR)) {
      cases = files.filter(p -> p.toString().endsWith(".args")).sorted().toList();
    }
    return cases.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(),
        () -> check(p)));
  }

  private static void check(Path argsFile) throws Exception {
    String line = Files.readString(argsFile, StandardCharsets.UTF_8).strip();
    String[] args = line.replace("$DIR", DIR.toString()).split(" ");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    String actual = normalise("exit: " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err);
    Path golden = Path.of(argsFile.toString().replaceAll("\\.args$", ".out"));
    if (Boolean.getBoolean("ppl.golden.update")) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, line);
  }

  /** The text with the wall time as {@code T} and \n line ends. */
  static String normalise(String text) {
    return text.replace("\r\n", "\n")
        .replaceAll("time = [0-9.]+ s", "time = T s")
        .replaceAll("\"time_s\" : [0-9.Ee-]+", "\"time_s\" : T");
  }
}
