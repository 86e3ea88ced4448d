package org.ppl4j.proofs.nested;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppl4j.compiler.PplCompiler;
import org.ppl4j.compiler.Program;
import org.ppl4j.runner.data.DataLoader;
import org.ppl4j.runner.method.ProgramTarget;

/**
 * Gradient-based inference through {@code mixture} and through an enumerated {@code infer}:
 * the program's unconstrained log-density gradient against central differences (step 1e-6,
 * relative tolerance 1e-5), and NUTS posterior means against quadrature on a grid of 200,000
 * points (seed stated, tolerance 4.5 standard errors from the run's sd and ESS).
 */
class GradientThroughNestedTest {
  private static final String MIXTURE = String.join("\n",
      "w ~ beta(2, 2)",
      "mu ~ normal(0, 3)",
      "s ~ gamma(2, 2)",
      "for y in [-2.1, 0.4, 1.7, 2.5] {",
      "  observe y ~ mixture([w, 1 - w], [normal(mu, 1), normal(2, s)])",
      "}",
      "factor(logpdf(mixture([1, w], [normal(0, s), normal(mu, 2)]), 0.3))",
      "return {w: w, mu: mu, s: s}", "");
  private static final String NESTED = String.join("\n",
      "data ys : Bool[]",
      "p ~ beta(2, 2)",
      "let d = infer(fn () {",
      "  a ~ bernoulli(p)",
      "  b ~ bernoulli(p)",
      "  factor(if a && b { p } else { 0 })",
      "  a || b",
      "})",
      "for y in ys {",
      "  observe y ~ d",
      "}",
      "return p", "");
  private static final String YS =
      "{\"ys\": [true, false, false, true, false, false, false, true, false, false]}";

  @TempDir Path dir;

  private static void checkGradient(String source, String data, double[][] points) {
    Program program = PplCompiler.compile("g.ppl", source);
    var values = DataLoader.parse(program.dataInputs(), "d.json", data);
    ProgramTarget target = new ProgramTarget(program.model(values.values()),
        program.resultName());
    for (double[] q : points) {
      assertEquals(q.length, target.dimension());
      double[] gradient = new double[q.length];
      target.logDensity(q, gradient);
      for (int i = 0; i < q.length; i++) {
        double h = 1e-6;
        double[] up = q.clone();
        double[] down = q.clone();
        up[i] += h;
        down[i] -= h;
        double fd = (target.logDensity(up, new double[q.length])
            - target.logDensity(down, new double[q.length])) / (2 * h);
        assertTrue(Math.abs(gradient[i] - fd) <= 1e-5 * Math.max(1, Math.abs(fd)),
            "d/dq" + i + " at " + java.util.Arrays.toString(q) + ": reverse mode "
                + gradient[i] + ", finite difference " + fd);
      }
    }
  }

  @Test
  void mixtureGradientMatchesFiniteDifferences() {
    checkGradient(MIXTURE, "{}", new double[][] {{0.2, -0.5, 0.3}, {-1.1, 1.4, -0.7}});
  }

  @Test
  void enumeratedInferGradientMatchesFiniteDifferences() {
    checkGradient(NESTED, YS, new double[][] {{0.3}, {-1.2}, {0.9}});
  }

  /** The posterior mean of a parameter on (0, 1) with log density {@code logDensity}. */
  private static double quadratureMean(DoubleUnaryOperator logDensity) {
    int n = 200_000;
    double[] log = new double[n];
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      log[i] = logDensity.applyAsDouble((i + 0.5) / n);
      max = Math.max(max, log[i]);
    }
    double mass = 0;
    double first = 0;
    for (int i = 0; i < n; i++) {
      double f = Math.exp(log[i] - max);
      mass += f;
      first += f * (i + 0.5) / n;
    }
    return first / mass;
  }

  private static void assertWithin(double exact, JsonNode s, String what) {
    double mean = s.get("mean").asDouble();
    double se = s.get("sd").asDouble() / Math.sqrt(s.get("ess").asDouble());
    assertTrue(Math.abs(mean - exact) <= 4.5 * se,
        what + ": mean " + mean + ", quadrature " + exact + ", standard error " + se);
  }

  @Test
  void nutsFitsTheMixtureWeightOfTheExample() throws Exception {
    Path example = Path.of("../examples/mixture");
    String json = Files.readString(example.resolve("mixture.json"));
    double[] ys = java.util.Arrays.stream(json.replaceAll("[^0-9.,\\-]", "").split(","))
        .mapToDouble(Double::parseDouble).toArray();
    double exact = quadratureMean(w -> {
      double sum = 0;
      for (double y : ys) {
        sum += Math.log(w * Math.exp(-(y + 2) * (y + 2) / 2)
            + (1 - w) * Math.exp(-(y - 2) * (y - 2) / 2));
      }
      return sum;
    });
    PplRun r = PplRun.of(example.resolve("mixture.ppl"), "--data",
        example.resolve("mixture.json").toString(), "--method", "nuts", "--seed", "1");
    assertWithin(exact, r.summary("w"), "nuts, seed 1, 4 chains");
  }

  @Test
  void nutsThroughAnEnumeratedInfer() throws Exception {
    // P(a || b) = 1 - (1 - p)^2 with the soft weight e^p on a && b:
    // P(true) = (2p(1-p) + p^2 e^p) / Z, Z = (1-p)^2 + 2p(1-p) + p^2 e^p; 3 true of 10
    double exact = quadratureMean(p -> {
      double z = (1 - p) * (1 - p) + 2 * p * (1 - p) + p * p * Math.exp(p);
      double t = (2 * p * (1 - p) + p * p * Math.exp(p)) / z;
      return Math.log(p * (1 - p)) + 3 * Math.log(t) + 7 * Math.log(1 - t);
    });
    Files.writeString(dir.resolve("ys.json"), YS);
    PplRun r = PplRun.source(dir, "nested.ppl", NESTED, "--data",
        dir.resolve("ys.json").toString(), "--method", "nuts", "--seed", "2");
    assertWithin(exact, r.summary("p"), "nuts, seed 2, 4 chains");
  }
}
