package org.ppl4j.runner.method;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppl4j.compiler.PplCompiler;
import org.ppl4j.compiler.Program;
import org.ppl4j.runner.UserError;
import org.ppl4j.runner.data.DataLoader;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.transform.StickBreaking;

/**
 * Initial values by name ({@code --init FILE.json}): the initial unconstrained point is the
 * transform of the given values (Stan's constraint transforms: log, logit, stick-breaking),
 * for scalar, array and repeated draws, named by {@code x ~ D} or {@code let x = sample(D)};
 * draws not given stay uniform on (-2, 2); every malformed value is a user error naming
 * {@code --init} and the key path. Exact comparisons: the map is deterministic (tolerance
 * 1e-12 for the round trip through the transforms).
 */
class NamedInitialPointTest {
  private static final double TOL = 1e-12;

  @TempDir Path dir;

  private static ProgramTarget target(String source) {
    Program program = PplCompiler.compile("init.ppl", source);
    var data = DataLoader.parse(program.dataInputs(), "none.json", "{}");
    return new ProgramTarget(program.model(data.values()), program.resultName());
  }

  private static NamedInitialPoint point(String source, String json) {
    return NamedInitialPoint.of(InitValues.parse("--init init.json", "init.json", json), target(source), 2);
  }

  private static final String SCALARS = String.join("\n",
      "mu ~ normal(0, 10)",
      "sigma ~ half_normal(2)",
      "let p = sample(beta(2, 2))",
      "w ~ dirichlet([1, 1, 1])",
      "return {mu: mu, sigma: sigma, p: p, w: w}", "");

  @Test
  void givenValuesMapThroughTheTransformsOfTheirDraws() {
    NamedInitialPoint init = point(SCALARS,
        "{\"mu\": 1.5, \"sigma\": 0.5, \"p\": 0.25, \"w\": [0.2, 0.3, 0.5]}");
    assertTrue(init.fixed(), "every draw is given");
    double[] x = init.propose(5, Rng.seeded(1));
    double[] w = new StickBreaking(3).unconstrain(new double[] {0.2, 0.3, 0.5});
    assertArrayEquals(new double[] {1.5, Math.log(0.5), Math.log(0.25 / 0.75), w[0], w[1]}, x,
        TOL);
    assertArrayEquals(x, init.propose(5, Rng.seeded(2)), 0, "a fixed point ignores the seed");
    // the program run at that point gives the values back
    double[] outputs = target(SCALARS).outputs(x);
    assertArrayEquals(new double[] {1.5, 0.5, 0.25, 0.2, 0.3, 0.5}, outputs, 1e-12);
  }

  @Test
  void drawsNotGivenStartUniformOnTheDefaultRadius() {
    NamedInitialPoint init = point(SCALARS, "{\"sigma\": 3}");
    assertFalse(init.fixed());
    double[] x = init.propose(5, Rng.seeded(7));
    assertEquals(Math.log(3), x[1], TOL);
    // the others are drawn as --init 2 draws them, one nextDouble per coordinate, in order
    Rng rng = Rng.seeded(7);
    double mu = 2 * (2 * rng.nextDouble() - 1);
    assertEquals(mu, x[0], 0);
    assertEquals(2 * (2 * rng.nextDouble() - 1), x[2], 0);
  }

  @Test
  void anEmptyObjectIsTheDefaultRadius() {
    NamedInitialPoint init = point(SCALARS, "{}");
    double[] x = init.propose(5, Rng.seeded(11));
    assertArrayEquals(org.ppl4j.inference.nuts.InitialPoint.uniform(2).propose(5,
        Rng.seeded(11)), x, 0);
  }

  @Test
  void arrayDrawsTakeArraysAndRepeatedNamesTakeOneValuePerDraw() {
    String source = String.join("\n",
        "z ~ normal(zeros(3), 1)",
        "s ~ iid(exponential(1.0), 2)",
        "fun one() { let a = sample(uniform(0, 4)); a }",
        "let as = repeat(3, one)",
        "let u = sample(normal(0, 1)) + 1",
        "return {z: z, s: s, as: as, u: u}", "");
    NamedInitialPoint init = point(source,
        "{\"z\": [0.5, -1, 2], \"s\": [1, 2], \"a\": [1, 2, 3]}");
    assertFalse(init.fixed(), "the draw inside 'u' has no name");
    double[] x = init.propose(9, Rng.seeded(3));
    double[] expected = {0.5, -1, 2, 0, Math.log(2), Math.log(0.25 / 0.75), 0,
        Math.log(0.75 / 0.25)};
    assertArrayEquals(expected, java.util.Arrays.copyOf(x, 8), TOL);
    assertTrue(Math.abs(x[8]) < 2, "the unnamed draw starts in (-2, 2)");
  }

  private void fails(String source, String json, String message) {
    UserError e = assertThrows(UserError.class, () -> point(source, json));
    assertEquals(message, e.getMessage());
  }

  @Test
  void namesShapesAndCountsAreCheckedAgainstTheProgram() {
    fails(SCALARS, "{\"sigam\": 1}", "--init init.json: at $.sigam: the program has no"
        + " continuous draw named 'sigam' (did you mean 'sigma'?); its named draws are: mu,"
        + " sigma, p, w");
    fails(SCALARS, "{\"w\": 0.5}", "--init init.json: at $.w: expected an array of 3 numbers"
        + " (the shape of this draw), got a number");
    fails(SCALARS, "{\"w\": [0.5, 0.5]}", "--init init.json: at $.w: expected an array of 3"
        + " numbers (the shape of this draw), got an array of 2 numbers");
    String repeated = "fun one() { let a = sample(normal(0, 1)); a }\n"
        + "return repeat(2, one)\n";
    fails(repeated, "{\"a\": 1}", "--init init.json: at $.a: 'a' is drawn 2 times per run, so"
        + " its initial value is an array of 2 values, one per draw in draw order; got a"
        + " number");
    fails(repeated, "{\"a\": [1, [2]]}", "--init init.json: at $.a[1]: expected a number (the"
        + " shape of this draw), got an array of 1 numbers");
  }

  @Test
  void valuesOutsideTheSupportAreRefused() {
    UserError sigma = assertThrows(UserError.class,
        () -> point(SCALARS, "{\"sigma\": -1}").propose(5, Rng.seeded(1)));
    assertEquals("--init init.json: at $.sigma: -1 is outside the support of half_normal"
        + " (sigma > 0)", sigma.getMessage());
    UserError p = assertThrows(UserError.class,
        () -> point(SCALARS, "{\"p\": 1}").propose(5, Rng.seeded(1)));
    assertEquals("--init init.json: at $.p: 1 is outside the support of beta (0 < p < 1)",
        p.getMessage());
    UserError w = assertThrows(UserError.class,
        () -> point(SCALARS, "{\"w\": [0.2, 0.2, 0.2]}").propose(5, Rng.seeded(1)));
    assertEquals("--init init.json: at $.w: [0.2, 0.2, 0.2] is outside the support of"
        + " dirichlet (w on the simplex: entries > 0 that sum to 1)", w.getMessage());
    UserError z = assertThrows(UserError.class,
        () -> point("z ~ exponential([1.0, 1.0])\nreturn z\n", "{\"z\": [1, 0]}")
            .propose(2, Rng.seeded(1)));
    assertEquals("--init init.json: at $.z[1]: 0 is outside the support of exponential"
        + " (z[1] > 0)", z.getMessage());
  }

  @Test
  void malformedValuesAreUserErrorsWithTheirPlace() throws Exception {
    UserError json = assertThrows(UserError.class, () -> InitValues.read("{\"mu\": 1,\n  }"));
    assertTrue(json.getMessage().startsWith("--init: not valid JSON at line 2, column 3: "),
        json.getMessage());
    UserError text = assertThrows(UserError.class,
        () -> InitValues.read("{\"mu\": [1, \"two\"]}"));
    assertEquals("--init: at $.mu[1]: expected a number or an array of numbers, got a string"
        + " (\"two\")", text.getMessage());
    UserError array = assertThrows(UserError.class, () -> InitValues.read("{\"mu\": null}"));
    assertEquals("--init: at $.mu: expected a number or an array of numbers, got null",
        array.getMessage());
    Path missing = dir.resolve("inits.json");
    UserError file = assertThrows(UserError.class, () -> InitValues.read(missing.toString()));
    assertEquals("--init " + missing + ": no such file; --init takes a radius R >= 0 (initial"
        + " values uniform on (-R, R) on the unconstrained scale), a JSON file of initial"
        + " values by name, or a JSON object", file.getMessage());
    Files.writeString(missing, "[1, 2]");
    UserError notObject = assertThrows(UserError.class,
        () -> InitValues.read(missing.toString()));
    assertTrue(notObject.getMessage().startsWith("--init " + missing + ": must hold a JSON"
        + " object whose keys are names of draws"), notObject.getMessage());
    Files.writeString(missing, "{\"mu\": 0.5}");
    assertEquals(0.5, ((org.ppl4j.semantics.value.RealValue) InitValues.read(missing.toString())
        .values().get("mu")).value());
  }
}
