package org.ppl4j.proofs.batched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ppl4j.semantics.posterior.Empirical;
import org.ppl4j.semantics.transform.ParticleProgram;
import org.ppl4j.semantics.value.Value;

/**
 * The batched population (issue 18) is SMC with its meaning unchanged, proven against exact
 * answers computed here by independent means (a Kalman filter; conjugate closed forms):
 * unbiased log evidence and the right posterior, with and without resampling at every step;
 * the same numbers whatever the thread count; and programs the batched path cannot take run
 * per particle exactly as before (same output for a seed). Tolerances: every statistical check
 * averages K independent seeds and allows 3.5 standard errors of that average, the standard
 * error estimated from the K runs' own spread (a false alarm about 1 in 2,000 per check).
 */
class BatchedSmcTest {
  private static final JsonMapper JSON = new JsonMapper();

  /** Mean and standard error of the mean of {@code xs}. */
  private static double[] meanAndSe(double[] xs) {
    double mean = 0;
    for (double x : xs) {
      mean += x / xs.length;
    }
    double ss = 0;
    for (double x : xs) {
      ss += (x - mean) * (x - mean);
    }
    return new double[] {mean, Math.sqrt(ss / (xs.length - 1) / xs.length)};
  }

  private static void assertWithin(double expected, double[] xs, String what) {
    double[] m = meanAndSe(xs);
    assertTrue(Math.abs(m[0] - expected) <= 3.5 * m[1] + 1e-12, what + ": mean " + m[0]
        + " vs exact " + expected + " (se " + m[1] + ")");
  }

  /**
   * The random walk of bench/particles (T = 300, q_sd 0.1, r_sd 1): exact log evidence and
   * filtering mean of the last state by the Kalman filter, written here.
   */
  private static double[] kalman(double[] y, double q, double r) {
    double mean = 0;
    double var = 1;
    double logZ = 0;
    for (int t = 0; t < y.length; t++) {
      if (t > 0) {
        var += q * q;
      }
      double s = var + r * r;
      logZ += -0.5 * Math.log(2 * Math.PI * s) - 0.5 * (y[t] - mean) * (y[t] - mean) / s;
      double gain = var / s;
      mean += gain * (y[t] - mean);
      var *= 1 - gain;
    }
    return new double[] {logZ, mean};
  }

  @Test
  void randomWalkEvidenceIsUnbiasedAndTheFilterMeanIsKalmans() throws IOException {
    Recorded walk = Recorded.of("bench/particles/random_walk.ppl",
        "bench/particles/random_walk.json");
    JsonNode data = JSON.readTree(Files.readString(
        Recorded.ROOT.resolve("bench/particles/random_walk.json")));
    double[] y = new double[data.get("y").size()];
    for (int i = 0; i < y.length; i++) {
      y[i] = data.get("y").get(i).asDouble();
    }
    double[] exact = kalman(y, data.get("q_sd").asDouble(), data.get("r_sd").asDouble());
    assertEquals(-435.9453, exact[0], 5e-5, "the Kalman filter of the workload's reference");
    int seeds = 20;
    double[] logZ = new double[seeds];
    double[] last = new double[seeds];
    for (int s = 0; s < seeds; s++) {
      Empirical<Value> draws = walk.batched(2000, s + 1, 2, 0.5);
      logZ[s] = draws.logEvidence().orElseThrow();
      last[s] = Recorded.moments(draws)[0];
    }
    assertWithin(exact[0], logZ, "log evidence");
    assertWithin(exact[1], last, "filtering mean of the last state");
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.5, 1.0, 0.0})
  void normalMeanPosteriorAndEvidenceAreExact(double essThreshold) throws IOException {
    Recorded model = Recorded.of("examples/normal_mean.ppl", "examples/normal_mean.json");
    double[] ys = {1.044, 1.811, 1.074, 0.985, 0.37, 1.087, 2.412, 1.724, 2.337, 1.549};
    // mu ~ N(0, 10^2), y_i ~ N(mu, 1): sequential predictive densities and the posterior
    double m = 0;
    double v = 100;
    double logZ = 0;
    for (double yi : ys) {
      double s = v + 1;
      logZ += -0.5 * Math.log(2 * Math.PI * s) - 0.5 * (yi - m) * (yi - m) / s;
      m += v / s * (yi - m);
      v = v / s;
    }
    int seeds = 12;
    double[] z = new double[seeds];
    double[] means = new double[seeds];
    double[] sds = new double[seeds];
    for (int k = 0; k < seeds; k++) {
      Empirical<Value> draws = model.batched(20_000, 100 + k, 2, essThreshold);
      z[k] = Math.exp(draws.logEvidence().orElseThrow() - logZ);
      double[] moments = Recorded.moments(draws);
      means[k] = moments[0];
      sds[k] = moments[1];
    }
    assertWithin(1.0, z, "evidence / exact evidence");
    assertWithin(m, means, "posterior mean");
    assertWithin(Math.sqrt(v), sds, "posterior sd");
  }

  @Test
  void coinPosteriorIsTheBetaPosterior() throws IOException {
    Recorded coin = Recorded.of("examples/coin.ppl", "examples/coin.json");
    // 20 flips, 7 heads: Beta(8, 14); evidence B(8, 14) / B(1, 1)
    double a = 8;
    double b = 14;
    double mean = a / (a + b);
    double sd = Math.sqrt(a * b / ((a + b) * (a + b) * (a + b + 1)));
    double logEvidence = org.apache.commons.math3.special.Beta.logBeta(a, b);
    int seeds = 12;
    double[] z = new double[seeds];
    double[] means = new double[seeds];
    double[] sds = new double[seeds];
    for (int k = 0; k < seeds; k++) {
      Empirical<Value> draws = coin.batched(10_000, 200 + k, 2, 0.5);
      z[k] = Math.exp(draws.logEvidence().orElseThrow() - logEvidence);
      double[] moments = Recorded.moments(draws);
      means[k] = moments[0];
      sds[k] = moments[1];
    }
    assertWithin(1.0, z, "evidence / exact evidence");
    assertWithin(mean, means, "posterior mean");
    assertWithin(sd, sds, "posterior sd");
  }

  @Test
  void aSeedGivesTheSameNumbersWhateverTheThreadCount() throws IOException {
    Recorded walk = Recorded.of("bench/particles/random_walk.ppl",
        "bench/particles/random_walk.json");
    Empirical<Value> one = walk.batched(5000, 7, 1, 0.5);
    for (int threads : new int[] {2, 4}) {
      Empirical<Value> more = walk.batched(5000, 7, threads, 0.5);
      assertEquals(one.values(), more.values(), threads + " threads");
      assertEquals(one.logEvidence(), more.logEvidence(), threads + " threads");
    }
  }

  @Test
  void aBranchOrADiscreteDrawKeepsTheProgramPerParticle(@TempDir Path dir) throws IOException {
    String branch = "x ~ normal(0, 1)\nif x > 0 { observe 1.0 ~ normal(x, 1) }\nreturn x\n";
    Path file = Files.writeString(dir.resolve("branch.ppl"), branch);
    Recorded refused = Recorded.of(file.toAbsolutePath().toString(), null);
    assertTrue(refused.outcome() instanceof ParticleProgram.Outcome.PerParticle p
        && p.reason().contains("reads the value"), refused.outcome().toString());
    for (String example : List.of("geometric", "mem", "burglary", "hmm")) {
      Recorded r = Recorded.of("examples/" + example + ".ppl",
          Files.exists(Recorded.ROOT.resolve("examples/" + example + ".json"))
              ? "examples/" + example + ".json" : null);
      assertTrue(r.outcome() instanceof ParticleProgram.Outcome.PerParticle, example);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"geometric", "mem", "burglary", "hmm"})
  void programsThatBranchOnDrawsGiveThePerParticleOutput(String example) throws IOException {
    Path program = Recorded.ROOT.resolve("examples/" + example + ".ppl");
    Path data = Recorded.ROOT.resolve("examples/" + example + ".json");
    List<String> extra = Files.exists(data) ? List.of("--data", data.toString()) : List.of();
    String automatic = withoutPath(run(program, extra));
    String interpreted = withoutPath(run(program, concat(extra, "--density", "interpreted")));
    assertEquals(interpreted, automatic, example);
  }

  @Test
  void aParticleOutsideAParametersDomainGetsTheProgramsOwnError(@TempDir Path dir)
      throws IOException {
    Path file = Files.writeString(dir.resolve("bad_sigma.ppl"),
        "s ~ normal(0, 1)\nobserve 1.0 ~ normal(0, s)\nreturn s\n");
    Run automatic = run(file, List.of());
    Run interpreted = run(file, List.of("--density", "interpreted"));
    assertEquals(1, automatic.code(), automatic.err());
    assertEquals(interpreted.err(), automatic.err());
  }

  @Test
  void diagnosticsSayWhichPathRanAndThePeakHeap() throws IOException {
    Path coin = Recorded.ROOT.resolve("examples/coin.ppl");
    JsonNode batched = JSON.readTree(run(coin, List.of("--data",
        Recorded.ROOT.resolve("examples/coin.json").toString(), "--diagnostics")).out());
    assertTrue(batched.get("population").asText().startsWith("compiled (batched population"),
        batched.toString());
    assertTrue(batched.get("peak_heap_mb").asLong() > 0, batched.toString());
    JsonNode plain = JSON.readTree(run(coin, List.of("--data",
        Recorded.ROOT.resolve("examples/coin.json").toString())).out());
    assertTrue(!plain.has("population") && !plain.has("density"), plain.toString());
    JsonNode perParticle = JSON.readTree(run(Recorded.ROOT.resolve("examples/geometric.ppl"),
        List.of("--diagnostics")).out());
    assertTrue(perParticle.get("population").asText().startsWith("per particle: the program"
        + " draws from bernoulli"), perParticle.toString());
  }

  private record Run(int code, String out, String err) {}

  private static List<String> concat(List<String> a, String... more) {
    List<String> out = new java.util.ArrayList<>(a);
    out.addAll(List.of(more));
    return out;
  }

  private static Run run(Path program, List<String> options) {
    List<String> args = new java.util.ArrayList<>(List.of("run", program.toString(), "--quiet",
        "--format", "json", "--method", "smc", "--seed", "11", "--particles", "3000"));
    args.addAll(options);
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    int code = org.ppl4j.runner.cli.Main.run(args.toArray(String[]::new),
        new java.io.PrintWriter(out), new java.io.PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private static String withoutPath(Run run) throws IOException {
    assertEquals(0, run.code(), run.err());
    JsonNode n = JSON.readTree(run.out());
    ((com.fasterxml.jackson.databind.node.ObjectNode) n).remove("time_s");
    ((com.fasterxml.jackson.databind.node.ObjectNode) n).remove("density");
    return n.toString();
  }
}
