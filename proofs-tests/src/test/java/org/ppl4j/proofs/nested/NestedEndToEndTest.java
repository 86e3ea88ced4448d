package org.ppl4j.proofs.nested;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code infer} under every outer method, through the {@code ppl} command: the rational speech
 * act example (exact answer 4/9, 4/9, 1/9, mean 5/3) by enumerate exactly and by smc,
 * importance and mh statistically (seed stated, tolerance 4.5 standard errors from the run's
 * own sd and ESS); an inner smc under an outer smc (inner posterior beta(3, 2): P(p > 1/2) =
 * 11/16, evidence 1/2); runs repeated with one seed are identical (inner seeds are split from
 * the outer generator); and the positioned errors of inner methods an outer method cannot take.
 */
class NestedEndToEndTest {
  private static final Path RSA = Path.of("../examples/rsa/rsa.ppl");
  private static final String INNER_SMC = String.join("\n",
      "let d = infer(fn () {",
      "  p ~ beta(2, 2)",
      "  observe true ~ bernoulli(p)",
      "  p > 0.5",
      "}, {method: \"smc\", particles: 500})",
      "x ~ d",
      "return {x: x, z: evidence(d)}", "");

  @TempDir Path dir;

  private static void assertWithin(double exact, JsonNode s, String what) {
    double mean = s.get("mean").asDouble();
    double se = s.get("sd").asDouble() / Math.sqrt(s.get("ess").asDouble());
    assertTrue(Math.abs(mean - exact) <= 4.5 * se,
        what + ": mean " + mean + ", exact " + exact + ", standard error " + se);
  }

  @Test
  void rsaIsExactUnderEnumerate() throws Exception {
    PplRun r = PplRun.of(RSA, "--method", "enumerate");
    assertEquals(5.0 / 3, r.summary("s").get("mean").asDouble(), 1e-12);
    assertTrue(r.out().contains("\"log_evidence\" : -0.5753641449035"), r.out());
  }

  @Test
  void rsaUnderSamplingMethods() throws Exception {
    assertWithin(5.0 / 3, PplRun.of(RSA, "--method", "smc", "--particles", "4000",
        "--seed", "11").summary("s"), "smc, seed 11, 4000 particles");
    assertWithin(5.0 / 3, PplRun.of(RSA, "--method", "importance", "--particles", "4000",
        "--seed", "12").summary("s"), "importance, seed 12, 4000 particles");
    assertWithin(5.0 / 3, PplRun.of(RSA, "--method", "mh", "--seed", "13").summary("s"),
        "mh, seed 13, 4 chains");
  }

  @Test
  void innerSmcUnderOuterSmc() throws Exception {
    PplRun r = PplRun.source(dir, "inner.ppl", INNER_SMC, "--method", "smc",
        "--particles", "1000", "--seed", "5");
    assertWithin(11.0 / 16, r.summary("x"), "P(p > 1/2), seed 5, 1000 x 500 particles");
    assertWithin(Math.log(0.5), r.summary("z"), "inner log evidence, seed 5");
    PplRun again = PplRun.source(dir, "inner.ppl", INNER_SMC, "--method", "smc",
        "--particles", "1000", "--seed", "5");
    assertEquals(r.withoutTime(), again.withoutTime(), "one seed, one result");
  }

  @Test
  void parallelChainsWithInnerRandomnessAreSeedDeterministic() throws Exception {
    PplRun a = PplRun.source(dir, "inner.ppl", INNER_SMC, "--method", "mh", "--chains", "4",
        "--samples", "200", "--seed", "6");
    PplRun b = PplRun.source(dir, "inner.ppl", INNER_SMC, "--method", "mh", "--chains", "4",
        "--samples", "200", "--seed", "6");
    assertEquals(0, a.code(), a.err());
    assertEquals(a.withoutTime(), b.withoutTime());
  }

  @Test
  void anOuterEnumerateCannotTakeARandomInnerMethod() throws Exception {
    PplRun r = PplRun.source(dir, "inner.ppl", INNER_SMC, "--method", "enumerate");
    assertEquals(1, r.code());
    assertEquals("inner.ppl:1:9: error: enumerate: cannot enumerate a draw from the random"
        + " stream of infer with method 'smc': its support is not finite; use another method"
        + " such as smc or importance\n"
        + "    let d = infer(fn () {\n"
        + "            ^^^^^^^^^^^^^\n", r.err().replace(dir + "/", ""));
  }

  @Test
  void anInnerEnumerationOfAContinuousDrawPointsAtTheDraw() throws Exception {
    PplRun r = PplRun.source(dir, "cont.ppl",
        "let d = infer(fn () {\n  x ~ normal(0, 1)\n  x > 0\n})\nreturn 1\n",
        "--method", "importance");
    assertEquals(1, r.code());
    assertTrue(r.err().replace(dir + "/", "").startsWith("cont.ppl:2:7: error: infer: method"
        + " 'enumerate' cannot enumerate a draw from normal: its support is not finite; give"
        + " 'infer' another method, e.g. {method: \"smc\"}\n"), r.err());
  }
}
