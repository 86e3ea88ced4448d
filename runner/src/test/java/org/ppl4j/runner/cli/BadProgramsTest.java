package org.ppl4j.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every bad program of the compiler's golden folder ({@code compiler/src/test/resources/errors},
 * each {@code X.ppl} with its exact diagnostic {@code X.err}) through the real command line:
 * {@code ppl run} prints one diagnostic at the place of {@code X.err} (same file:line:col, same
 * source line and carets), exits 1, and shows no stack trace; {@code ppl check} either accepts
 * the program (its error only arises when the model runs) or does the same. The message words
 * are the compiler's golden test's business (and a missing input is reported by the runner's
 * data loader, which words it for the command line), so they are not compared here.
 */
class BadProgramsTest {
  private static final Path ERRORS = Path.of(System.getProperty("basedir", "."))
      .resolve("../compiler/src/test/resources/errors").normalize();

  @TestFactory
  Stream<DynamicTest> everyBadProgramGivesItsDiagnosticThroughTheCommandLine() throws Exception {
    List<Path> programs;
    try (Stream<Path> files = Files.list(ERRORS)) {
      programs = files.filter(p -> p.toString().endsWith(".ppl")).sorted().toList();
    }
    assertTrue(programs.size() >= 30, "at least 30 bad programs in " + ERRORS);
    return programs.stream().map(p -> DynamicTest.dynamicTest(
        p.getFileName().toString(), () -> check(p)));
  }

  private static void check(Path program) throws Exception {
    String name = program.getFileName().toString();
    String expected = Files.readString(Path.of(program.toString().replace(".ppl", ".err")))
        .stripTrailing().replaceFirst("^" + java.util.regex.Pattern.quote(name), program.toString());

    String[] run = {"run", program.toString(), "--method", "importance", "--particles", "1",
        "--seed", "1", "--quiet"};
    String[] outcome = ppl(run);
    assertEquals("1", outcome[0], "ppl run " + name + " exit code; stderr:\n" + outcome[2]);
    assertNoJava(outcome[2]);
    assertEquals(withoutMessage(expected), withoutMessage(outcome[2].stripTrailing()),
        "ppl run " + name);

    String[] checked = ppl(new String[] {"check", program.toString()});
    assertNoJava(checked[2]);
    if (!checked[0].equals("0")) {
      assertEquals("1", checked[0], "ppl check " + name);
      assertEquals(withoutMessage(expected), withoutMessage(checked[2].stripTrailing()),
          "ppl check " + name);
    }
  }

  /** The diagnostic with its message replaced by "...": place, source line and carets. */
  private static String withoutMessage(String diagnostic) {
    String[] lines = diagnostic.split("\n", -1);
    assertEquals(3, lines.length, "one diagnostic of three lines:\n" + diagnostic);
    int at = lines[0].indexOf(": error: ");
    assertTrue(at > 0, "not a diagnostic: " + lines[0]);
    lines[0] = lines[0].substring(0, at) + ": error: ...";
    return String.join("\n", lines);
  }

  private static String[] ppl(String[] args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new String[] {Integer.toString(code), out.toString(), err.toString()};
  }

  private static void assertNoJava(String stderr) {
    assertFalse(stderr.contains("\tat ") || stderr.contains("Exception")
        || stderr.contains("java."), "a Java stack trace or class name:\n" + stderr);
  }
}
