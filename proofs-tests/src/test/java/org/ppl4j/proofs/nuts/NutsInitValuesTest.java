package org.ppl4j.proofs.nuts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
 * {@code ppl run --method nuts|advi --init FILE.json}: initial values by name reach the sampler
 * (a run from them differs from the default start; {@code --init '{}'} gives the very draws of
 * the default radius 2, so the named path takes the same coordinates in the same order); bad
 * values are user errors (exit 1, no stack trace) that name {@code --init}, the file and the
 * key path; a radius still works as before.
 */
class NutsInitValuesTest {
  private static final String PROGRAM = "data ys : Real[]\n"
      + "mu ~ normal(0, 10)\n"
      + "sigma ~ half_normal(2)\n"
      + "for y in ys {\n  observe y ~ normal(mu, sigma)\n}\n"
      + "return {mu: mu, sigma: sigma}\n";
  private static final String DATA = "{\"ys\": [1.0, 1.8, 1.1, 0.9, 0.4, 1.1, 2.4, 1.7]}";

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  private Run run(String method, String... options) throws Exception {
    Path file = Files.writeString(dir.resolve("m.ppl"), PROGRAM);
    Path data = Files.writeString(dir.resolve("m.json"), DATA);
    List<String> args = new ArrayList<>(List.of("run", file.toString(), "--data",
        data.toString(), "--method", method, "--seed", "5", "--format", "json"));
    args.addAll(List.of(options));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  /** The posterior summary of a run's JSON report (the report's timings vary). */
  private static String summary(Run r) throws Exception {
    assertEquals(0, r.code(), r.err());
    return new com.fasterxml.jackson.databind.json.JsonMapper().readTree(r.out()).get("summary")
        .toString();
  }

  private static final String[] SHORT = {"--chains", "2", "--warmup", "20", "--samples", "20"};

  private Run nuts(String... init) throws Exception {
    List<String> args = new ArrayList<>(List.of(SHORT));
    args.addAll(List.of(init));
    return run("nuts", args.toArray(String[]::new));
  }

  @Test
  void anEmptyObjectStartsAsTheDefaultRadius() throws Exception {
    Run plain = nuts();
    Run empty = nuts("--init", "{}");
    Run two = nuts("--init", "2");
    assertEquals(summary(plain), summary(empty), "no value given: every draw uniform on (-2, 2)");
    assertEquals(summary(plain), summary(two));
  }

  @Test
  void givenValuesChangeWhereTheChainsStart() throws Exception {
    Path init = Files.writeString(dir.resolve("init.json"), "{\"mu\": 1.3, \"sigma\": 0.6}");
    Run plain = nuts();
    Run named = nuts("--init", init.toString());
    assertNotEquals(summary(plain), summary(named), "the chains start elsewhere");
    assertEquals(summary(named), summary(nuts("--init", "{\"mu\": 1.3, \"sigma\": 0.6}")),
        "a file and inline text are the same values");
    Run advi = run("advi", "--iter", "200", "--samples", "10", "--init", init.toString());
    assertNotEquals(summary(run("advi", "--iter", "200", "--samples", "10")), summary(advi));
  }

  @Test
  void badValuesAreUserErrorsNamingInitAndTheKey() throws Exception {
    Path init = dir.resolve("init.json");
    String[][] cases = {
        {"{\"sigma\": -1}", "ppl: error: --init " + init + ": at $.sigma: -1 is outside the support"
            + " of half_normal (sigma > 0)"},
        {"{\"mu\": 1, \"sigm\": 1}", "ppl: error: --init " + init + ": at $.sigm: the program has no"
            + " continuous draw named 'sigm' (did you mean 'sigma'?); its named draws are: mu,"
            + " sigma"},
        {"{\"mu\": [1, 2]}", "ppl: error: --init " + init + ": at $.mu: expected a number (the shape"
            + " of this draw), got an array of 2 numbers"},
        {"{\"mu\": \"one\"}", "ppl: error: --init " + init + ": at $.mu: expected a number or an"
            + " array of numbers, got a string (\"one\")"},
        {"{\"mu\": 1,\n\"sigma\" 2}", "ppl: error: --init " + init + ": not valid JSON at line 2,"
            + " column 9: "},
    };
    for (String[] c : cases) {
      Files.writeString(init, c[0]);
      Run r = nuts("--init", init.toString());
      assertEquals(1, r.code(), c[0] + ": " + r.err());
      assertTrue(r.err().startsWith(c[1]), c[0] + ": " + r.err());
      assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }
    Run missing = nuts("--init", dir.resolve("none.json").toString());
    assertEquals(1, missing.code(), missing.err());
    assertTrue(missing.err().contains("--init " + dir.resolve("none.json") + ": no such file"),
        missing.err());
  }

  @Test
  void theDrawsFilesNameTheInitFile() throws Exception {
    Path init = Files.writeString(dir.resolve("init.json"), "{\"mu\": 1.3}");
    Path out = dir.resolve("d.csv");
    Run r = nuts("--init", init.toString(), "--draws", out.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(Files.readAllLines(dir.resolve("d_2.csv")).contains("# init = " + init));
    Run radius = nuts("--draws", out.toString());
    assertEquals(0, radius.code(), radius.err());
    assertTrue(Files.readAllLines(dir.resolve("d_1.csv")).contains("# init = 2 (Default)"));
  }

  @Test
  void aGivenPointOfZeroDensityIsTriedOnceAndReported() throws Exception {
    Path init = Files.writeString(dir.resolve("init.json"), "{\"mu\": 30, \"sigma\": 1e-200}");
    Run r = nuts("--init", init.toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("the log density or its gradient is not finite at the initial"
        + " point given"), r.err());
  }
}
