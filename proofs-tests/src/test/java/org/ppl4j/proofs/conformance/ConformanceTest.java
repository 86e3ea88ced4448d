package org.ppl4j.proofs.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.ppl4j.runner.cli.Main;

/**
 * The conformance corpus of LANGUAGE.md (§2–§8): every {@code X.ppl} under
 * {@code src/test/resources/conformance} runs through the command line's Java entry point
 * ({@link Main#run(String[], PrintWriter, PrintWriter)}) with the arguments of its
 * {@code X.expect}, and its exit code, JSON output, standard error, draws file and plot are
 * checked as {@link Expectation} describes.
 *
 * <p>Expected numbers were computed independently of ppl4j (closed forms, hand enumeration, or
 * SciPy for densities; each {@code .expect} file says how). Deterministic and enumerated
 * results are checked to 1e-9. Sampled results (fixed seed) are checked with an absolute
 * tolerance of 4.5 Monte Carlo standard errors, {@code 4.5 * sd / sqrt(n_eff)}, with
 * {@code n_eff} a conservative effective sample size stated in the file.
 */
class ConformanceTest {
  private static final Path CORPUS = Path.of(System.getProperty("basedir", "."))
      .resolve("src/test/resources/conformance").normalize();
  private static final JsonMapper JSON = new JsonMapper();

  @TempDir
  Path out;

  @TestFactory
  Stream<DynamicTest> everyProgramOfTheCorpusMeetsItsExpectation() throws Exception {
    List<Path> programs;
    try (Stream<Path> files = Files.list(CORPUS)) {
      programs = files.filter(p -> p.toString().endsWith(".ppl")).sorted().toList();
    }
    assertTrue(programs.size() >= 40, "the corpus has " + programs.size() + " programs");
    return programs.stream().map(p -> DynamicTest.dynamicTest(
        p.getFileName().toString(), () -> check(p)));
  }

  private void check(Path program) throws Exception {
    Expectation e = Expectation.read(program);
    String dir = CORPUS.toString() + "/";
    Path caseOut = Files.createTempDirectory(out, "case");
    List<String> args = new ArrayList<>();
    args.add(e.check() ? "check" : "run");
    args.add(program.toString());
    for (String a : e.args()) {
      args.add(a.replace("$DIR/", dir).replace("$OUT/", caseOut + "/"));
    }
    if (!e.check()) {
      args.add("--quiet");
    }
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    int exit = Main.run(args.toArray(String[]::new), new PrintWriter(stdout),
        new PrintWriter(stderr));
    String err = stderr.toString().replace(dir, "");
    String context = String.join(" ", args) + "\nstdout:\n" + stdout + "\nstderr:\n" + err;
    assertEquals(e.exit(), exit, "exit code of " + context);
    assertFalse(err.contains("\tat ") || err.contains("Exception") || err.contains("java."),
        "no Java stack trace or class name on stderr: " + err);
    e.stderr().ifPresent(expected -> assertEquals(expected, err.stripTrailing(), context));
    JsonNode json = null;
    for (String assertion : e.assertions()) {
      if (assertion.startsWith("/") || assertion.startsWith("keys ")
          || assertion.startsWith("haskeys ") || assertion.startsWith("absent ")) {
        if (json == null) {
          json = JSON.readTree(stdout.toString());
        }
        checkJson(json, assertion, context);
      } else if (assertion.startsWith("draws:")) {
        checkDraws(caseOut.resolve("draws.csv"), assertion.substring(6).strip(), context);
      } else if (assertion.startsWith("plot:")) {
        String svg = Files.readString(caseOut.resolve("plot.svg"));
        assertTrue(svg.contains("<svg") && svg.strip().endsWith("</svg>"), "plot is SVG");
      } else if (assertion.startsWith("stdout contains:")) {
        String text = assertion.substring(16).strip();
        assertTrue(stdout.toString().contains(text), "stdout contains '" + text + "': " + context);
      } else if (assertion.startsWith("stderr contains:")) {
        String text = assertion.substring(16).strip();
        assertTrue(err.contains(text), "stderr contains '" + text + "': " + context);
      } else {
        fail("unknown directive '" + assertion + "' in the .expect of " + program);
      }
    }
  }

  private static void checkJson(JsonNode json, String assertion, String context) {
    if (assertion.startsWith("keys ") || assertion.startsWith("haskeys ")) {
      boolean exact = assertion.startsWith("keys ");
      String[] parts = assertion.substring(exact ? 5 : 8).split("=", 2);
      String pointer = parts[0].strip();
      JsonNode node = pointer.equals("/") ? json : json.at(pointer);
      assertTrue(node.isObject(), parts[0] + " is an object: " + context);
      List<String> keys = new ArrayList<>();
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        keys.add(it.next());
      }
      List<String> expected = List.of(parts[1].strip().split("\\s+"));
      if (exact) {
        assertEquals(expected, keys, "keys of " + parts[0] + ": " + context);
      } else {
        assertTrue(keys.containsAll(expected), "keys of " + parts[0] + " " + keys
            + " include " + expected + ": " + context);
      }
      return;
    }
    if (assertion.startsWith("absent ")) {
      String pointer = assertion.substring(7).strip();
      assertTrue(json.at(pointer).isMissingNode(), pointer + " is absent: " + context);
      return;
    }
    if (assertion.contains(" >= ") || assertion.contains(" <= ")) {
      boolean atLeast = assertion.contains(" >= ");
      String[] parts = assertion.split(atLeast ? " >= " : " <= ", 2);
      JsonNode node = json.at(parts[0].strip());
      double bound = Double.parseDouble(parts[1].strip());
      assertTrue(node.isNumber() && (atLeast ? node.doubleValue() >= bound
          : node.doubleValue() <= bound), assertion + ", got " + node + ": " + context);
      return;
    }
    boolean negated = assertion.contains(" != ");
    String[] parts = assertion.split(negated ? " != " : " = ", 2);
    String pointer = parts[0].strip();
    String expected = parts[1].strip();
    JsonNode node = json.at(pointer);
    assertFalse(node.isMissingNode(), pointer + " is present: " + context);
    if (negated) {
      assertEquals("null", expected, "only '!= null' is supported");
      assertFalse(node.isNull(), pointer + " is not null: " + context);
    } else if (expected.equals("null")) {
      assertTrue(node.isNull(), pointer + " is null, got " + node + ": " + context);
    } else if (expected.startsWith("\"")) {
      assertEquals(expected.substring(1, expected.length() - 1), node.asText(), pointer);
    } else {
      String[] valueAndTolerance = expected.split("\\+-");
      double want = Double.parseDouble(valueAndTolerance[0].strip());
      double tolerance = valueAndTolerance.length > 1
          ? Double.parseDouble(valueAndTolerance[1].strip()) : 0.0;
      assertTrue(node.isNumber(), pointer + " is a number, got " + node + ": " + context);
      double got = node.doubleValue();
      assertTrue(Math.abs(got - want) <= tolerance,
          pointer + " = " + got + ", expected " + want + " +- " + tolerance + " (off by "
              + Math.abs(got - want) + "): " + context);
    }
  }

  private static void checkDraws(Path csv, String spec, String context) throws Exception {
    List<String> lines = Files.readAllLines(csv);
    for (String part : spec.split("\\s+")) {
      String[] kv = part.split("=", 2);
      if (kv[0].equals("header")) {
        assertEquals(kv[1], lines.get(0), "draws header: " + context);
      } else if (kv[0].equals("rows")) {
        assertEquals(Integer.parseInt(kv[1]), lines.size() - 1, "draws rows: " + context);
      } else {
        fail("unknown draws check " + part);
      }
    }
  }
}
