package org.ppl4j.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.ppl4j.compiler.diagnostics.PplException;
import org.ppl4j.compiler.diagnostics.SourceSpan;
import org.ppl4j.inference.population.ZeroWeightException;
import org.ppl4j.runner.UserError;
import org.ppl4j.semantics.infer.InferenceException;
import org.ppl4j.semantics.model.DrawException;
import org.ppl4j.semantics.model.ScoreSite;

/**
 * Issue 20, item 5: every kind of user error reaches the user with its place. Through the real
 * command line ({@link Main#run}, the standard compiler and methods), one bad program, data file
 * or option for each way a user mistake is raised (the compiler's {@link PplException} from the
 * parser, the checker, the literal limits and the run time; {@link ZeroWeightException},
 * {@link InferenceException} and {@link DrawException} at a score or draw of the program; a data
 * file's type and syntax errors; an unreadable file; the enumeration budget; a bad option):
 * exit 1 (2 for a bad option), no Java stack trace or class name, and, when the error has a
 * place, {@code file:line:column: error: ...}, the source line and a caret; when it has none,
 * {@code ppl: error: ...} naming the file, method or option at fault. A second test walks every
 * type {@code UserErrors.of} maps, placeless ones included, through {@link Failures#report}.
 */
class UserErrorPlacesTest {
  @TempDir Path dir;

  /** Where an error must point: a place in the program, in the data file, or a named thing. */
  private enum Place { PROGRAM, DATA, NAMED, USAGE }

  private record Case(String name, String program, String data, Place place, String named,
      String... args) {}

  private static final List<Case> CASES = List.of(
      new Case("syntax error", "let x = (1\nreturn x\n", null, Place.PROGRAM, null),
      new Case("type error", "return 1 + true\n", null, Place.PROGRAM, null),
      new Case("number literal over the limit", "let x = " + "1".repeat(500) + "\nreturn x\n",
          null, Place.PROGRAM, null),
      new Case("array literal over the limit", "let xs = [" + "0, ".repeat(100_001) + "0]\n"
          + "return length(xs)\n", null, Place.PROGRAM, null),
      new Case("run-time error", "let a = [1.0]\nx ~ normal(a[3], 1)\nreturn x\n", null,
          Place.PROGRAM, null, "--method", "importance", "--particles", "10"),
      new Case("zero weight (smc)", "x ~ normal(0, 1)\ncondition(x > 100)\nreturn x\n", null,
          Place.PROGRAM, null, "--method", "smc", "--particles", "10"),
      new Case("log weight overflow (smc)",
          "factor(1e308)\nfactor(1e308)\nreturn 0\n", null, Place.PROGRAM, null,
          "--method", "smc", "--particles", "10"),
      new Case("log weight overflow (mh)",
          "x ~ normal(0, 1)\nfactor(1e308)\nfactor(1e308)\nreturn x\n", null, Place.PROGRAM,
          null, "--method", "mh", "--samples", "10"),
      new Case("zero weight (tempered)", "x ~ normal(0, 1)\ncondition(x > 100)\nreturn x\n",
          null, Place.PROGRAM, null, "--method", "tempered", "--particles", "10"),
      new Case("inference error at a draw (enumerate)", "x ~ normal(0, 1)\nreturn x\n", null,
          Place.PROGRAM, null, "--method", "enumerate"),
      new Case("inference error at a score (enumerate)",
          "x ~ bernoulli(0.5)\ncondition(false)\nreturn x\n", null, Place.PROGRAM, null,
          "--method", "enumerate"),
      new Case("draw out of range", "x ~ poisson(1e300)\nreturn x\n", null, Place.PROGRAM, null,
          "--method", "importance", "--particles", "10"),
      new Case("factor of +infinity", "x ~ normal(0, 1)\nfactor(inf)\nreturn x\n", null,
          Place.PROGRAM, null, "--method", "smc", "--particles", "10"),
      new Case("data of the wrong type", "data ys : Real[]\nreturn length(ys)\n",
          "{\"ys\": [1.0,\n \"x\"]}\n", Place.PROGRAM, "d.json", "--method", "forward"),
      new Case("data file not JSON", "data ys : Real[]\nreturn length(ys)\n",
          "{\"ys\": [1.0,\n 2.0\n", Place.DATA, null, "--method", "forward"),
      new Case("missing program file", null, null, Place.NAMED, "missing.ppl"),
      new Case("enumeration over its budget", "let xs = repeat(40, fn () { x ~ bernoulli(0.5)\n"
          + " x })\nreturn length(xs)\n", null, Place.NAMED, "--max-paths",
          "--method", "enumerate"),
      new Case("bad option value", "return 1\n", null, Place.USAGE, "--particles",
          "--method", "smc", "--particles", "0"),
      new Case("unknown method", "return 1\n", null, Place.USAGE, "'smcc'", "--method", "smcc"));

  @TestFactory
  Stream<DynamicTest> everyUserMistakeIsReportedWithItsPlace() {
    return CASES.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
  }

  private void check(Case c) throws Exception {
    Path program = c.program() == null ? dir.resolve("missing.ppl")
        : Files.writeString(dir.resolve("m.ppl"), c.program());
    List<String> args = new ArrayList<>(List.of("run", program.toString(), "--seed", "1", "-q"));
    if (c.data() != null) {
      args.addAll(List.of("--data", Files.writeString(dir.resolve("d.json"), c.data())
          .toString()));
    }
    args.addAll(Arrays.asList(c.args()));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    String text = err.toString().stripTrailing();
    assertNoJava(text);
    assertEquals(c.place() == Place.USAGE ? ExitCode.USAGE : ExitCode.USER_ERROR, code, text);
    switch (c.place()) {
      case PROGRAM -> assertLocated(text, program.toString());
      case DATA -> assertLocated(text, dir.resolve("d.json").toString());
      case NAMED, USAGE -> assertTrue(text.startsWith("ppl: error: "), text);
      default -> throw new AssertionError(c.place());
    }
    if (c.named() != null) {
      assertTrue(text.contains(c.named()), "should name " + c.named() + ":\n" + text);
    }
  }

  /** A diagnostic of three lines: {@code file:line:col: error: ...}, the line, the carets. */
  private static void assertLocated(String text, String file) {
    String[] lines = text.split("\n", -1);
    assertEquals(3, lines.length, text);
    assertTrue(lines[0].matches(java.util.regex.Pattern.quote(file) + ":\\d+:\\d+: error: .+"),
        text);
    assertTrue(lines[2].trim().matches("\\^+"), "a caret line:\n" + text);
    int column = Integer.parseInt(lines[0].substring(file.length() + 1).split(":")[1]);
    assertEquals('^', lines[2].charAt(4 + column - 1), "the caret under the column:\n" + text);
  }

  private static void assertNoJava(String stderr) {
    assertFalse(stderr.contains("\tat ") || stderr.contains("Exception")
        || stderr.contains("java.") || stderr.contains("internal error"),
        "a Java stack trace or class name:\n" + stderr);
  }

  /**
   * Every failure type {@code UserErrors.of} maps, through {@link Failures#report} as the
   * commands call it: each placed one (when its place is in a program at hand) renders at that
   * place with the source line and a caret, each placeless one as {@code ppl: error: ...};
   * exit 1, 2 for a usage error; no Java in the text. The sealed {@link UserError}'s permitted
   * subclasses are all among them, so a new kind of user error must be added here.
   */
  @Test
  void everyMappedFailureTypeRendersWithItsPlaceOrAsAPlacelessError() {
    String source = "x ~ normal(0, 1)\nobserve 1.0 ~ normal(x, 1)\nreturn x\n";
    SourceSpan observe = new SourceSpan("m.ppl", 2, 1, 26);
    ScoreSite site = new org.ppl4j.compiler.diagnostics.SourceScoreSite(observe, "observe");
    Map<String, String> sources = Map.of("m.ppl", source);
    List<Throwable> placed = List.of(
        UserError.at(observe, "a located error"),
        new PplException(observe, "a compiler error"),
        new ZeroWeightException(10, 1, site),
        new InferenceException("an inference error", site),
        new DrawException("a draw error", site));
    for (Throwable failure : placed) {
      StringWriter err = new StringWriter();
      int code = Failures.report(failure, sources, false, new PrintWriter(err));
      String text = err.toString().stripTrailing();
      assertEquals(ExitCode.USER_ERROR, code, text);
      assertNoJava(text);
      assertLocated(text, "m.ppl");
      assertTrue(text.startsWith("m.ppl:2:1: error: "), text);
    }
    List<Throwable> placeless = List.of(new UserError("a placeless error"),
        UserError.usage("--particles must be at least 1, got 0"),
        new ZeroWeightException(10, 1), new InferenceException("nuts: no continuous values"),
        new DrawException("a draw error", ScoreSite.NONE), new StackOverflowError(),
        new OutOfMemoryError());
    for (Throwable failure : placeless) {
      StringWriter err = new StringWriter();
      int code = Failures.report(failure, sources, false, new PrintWriter(err));
      String text = err.toString().stripTrailing();
      assertEquals(failure instanceof UserError.Usage ? ExitCode.USAGE : ExitCode.USER_ERROR,
          code, text);
      assertNoJava(text);
      assertTrue(text.startsWith("ppl: error: ") && !text.contains("\n"), text);
    }
    Set<Class<?>> covered = Stream.concat(placed.stream(), placeless.stream())
        .map(Object::getClass).collect(Collectors.toSet());
    for (Class<?> kind : UserError.class.getPermittedSubclasses()) {
      assertTrue(covered.contains(kind), "no case for " + kind.getSimpleName());
    }
  }
}
