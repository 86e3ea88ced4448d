package org.ppl4j.runner.dt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppl4j.compiler.PplCompiler;
import org.ppl4j.runner.cli.CommandContext;
import org.ppl4j.runner.cli.PplCommand;
import org.ppl4j.runner.method.StandardMethods;

/**
 * {@code ppl run --method dt} reports the importance-corrected posterior (issue 24): with a
 * barely trained network (40 steps, a few seconds) the corrected posterior still has the exact
 * posterior mean, because the weights carry the program's own prior and likelihood; a prior far
 * outside the training range (the Poisson N(7, 0.5^2) with counts near 1,330) either
 * gives a corrected posterior close to exact or falls back to tempered SMC and says so.
 */
class CorrectedDtTest {

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int ppl(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    CommandContext context = new CommandContext(new PrintWriter(out), new PrintWriter(err),
        false, PplCompiler::compile, StandardMethods.registry(), System::nanoTime, () -> 5L);
    return PplCommand.commandLine(context).execute(args);
  }

  private static String example(String name) {
    return Path.of("..", "examples", "dt", name).toString();
  }

  private Path train(String likelihood, String name, String... extra) {
    Path net = dir.resolve(name);
    String[] base = {"dt", "train", likelihood, "--out", net.toString(), "--steps", "40",
        "--batch", "8", "--width", "8", "--layers", "1", "--heads", "2", "--max-obs", "5",
        "--seed", "3", "--device", "cpu"};
    String[] args = java.util.Arrays.copyOf(base, base.length + extra.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    assertEquals(0, ppl(args), err.toString());
    return net;
  }

  private JsonNode json() throws Exception {
    String text = out.toString();
    return new ObjectMapper().readTree(text.substring(text.indexOf('{')));
  }

  /**
   * gaussian_mean_model.ppl has the exact posterior mean 0.8446094 and sd 0.4238090 (closed
   * form, see DtCommandTest). Seed 1, N 4,000 draws of a 40-step network: the corrected mean is
   * within 4.5 sd / sqrt(ESS) of exact, where ESS is the run's own (Kish, of the smoothed
   * weights); the raw network's mean is reported too, and is off by more than that here.
   */
  @Test
  void correctedPosteriorOfAPoorNetworkHasTheExactMean() throws Exception {
    Path net = train(example("gaussian_mean.ppl"), "mean.dt");
    assertEquals(0, ppl("run", example("gaussian_mean_model.ppl"), "--data",
        example("gaussian_mean.json"), "--method", "dt", "--net", net.toString(), "--seed", "1",
        "--samples", "4000", "--format", "json", "--quiet", "--diagnostics"), err.toString());
    JsonNode json = json();
    JsonNode theta = json.get("summary").get("theta");
    double mean = theta.get("mean").asDouble();
    double ess = theta.get("ess").asDouble();
    double exact = 0.8446094060605803;
    double tolerance = 4.5 * 0.42380896193417267 / Math.sqrt(ess);
    assertTrue(Math.abs(mean - exact) <= tolerance, "seed 3 (training), 1 (draws), N 4000: "
        + "mean " + mean + " vs exact " + exact + ", ESS " + ess + ", tolerance " + tolerance
        + "\n" + out);
    assertTrue(json.has("pareto_k") || json.get("warnings").toString().contains("tempered SMC"),
        "k̂ reported, or the fallback named: " + json);
    assertTrue(json.get("log_evidence").isNumber(), "the weights' log evidence: " + json);
  }

  /** {@code --raw} gives the network's own draws: all --samples of them, unweighted. */
  @Test
  void rawGivesTheNetworksOwnDraws() throws Exception {
    Path net = train(example("gaussian_mean.ppl"), "mean.dt");
    assertEquals(0, ppl("run", example("gaussian_mean_model.ppl"), "--data",
        example("gaussian_mean.json"), "--method", "dt", "--net", net.toString(), "--seed", "1",
        "--samples", "500", "--format", "json", "--raw"), err.toString());
    assertEquals(500.0, json().get("summary").get("theta").get("ess").asDouble(), 0.0);
    assertTrue(!json().toString().contains("pareto_k"), json().toString());
  }

  /**
   * The out-of-range case: a network trained on a Poisson log-rate likelihood with
   * prior means in [-5, 5], used with the prior N(7, 0.5^2) and five counts near 1,330. The
   * exact posterior (quadrature on a grid of 20,001 points over [5, 9]) has mean m and sd s; the
   * run must either report a corrected posterior within KL 0.05 of the normal with that mean and
   * sd, or fall back and say so, with a result whose mean is within 4.5 s / sqrt(ESS) of m.
   */
  @Test
  void priorOutsideTheTrainingRangeIsCorrectedOrFallsBack() throws Exception {
    Path likelihood = dir.resolve("poisson.ppl");
    Files.writeString(likelihood, "data theta : Real\ndata n : Int\n"
        + "return repeat(n, fn () => sample(poisson(exp(theta))))\n");
    Path model = dir.resolve("poisson_model.ppl");
    Files.writeString(model, "data obs : Int[]\ntheta ~ normal(7.0, 0.5)\n"
        + "for y in obs {\n  observe y ~ poisson(exp(theta))\n}\nreturn theta\n");
    int[] counts = {1310, 1342, 1327, 1351, 1336};
    Path data = dir.resolve("counts.json");
    Files.writeString(data, "{\"obs\": " + java.util.Arrays.toString(counts) + "}");
    Path net = train(likelihood.toString(), "poisson.dt", "--mean-range", "-2,2");
    assertEquals(0, ppl("run", model.toString(), "--data", data.toString(), "--method", "dt",
        "--net", net.toString(), "--seed", "2", "--samples", "4000", "--format", "json",
        "--quiet"), err.toString());
    JsonNode json = json();
    double[] exact = exactPoisson(counts);
    JsonNode theta = json.get("summary").get("theta");
    double mean = theta.get("mean").asDouble();
    double sd = theta.get("sd").asDouble();
    double ess = theta.get("ess").asDouble();
    String warnings = json.get("warnings").toString();
    assertTrue(warnings.contains("the prior (component mean 7.000, sd 0.5000) lies outside what"
        + " 'poisson.dt' was trained on (means in [-2.0, 2.0]"), warnings);
    if (warnings.contains("tempered SMC")) {
      double tolerance = 4.5 * exact[1] / Math.sqrt(ess);
      assertTrue(Math.abs(mean - exact[0]) <= tolerance, "fallback: mean " + mean + " vs "
          + exact[0] + ", ESS " + ess + ", tolerance " + tolerance);
    } else {
      double kl = Math.log(sd / exact[1])
          + (exact[1] * exact[1] + Math.pow(exact[0] - mean, 2)) / (2 * sd * sd) - 0.5;
      assertTrue(kl <= 0.05, "corrected: KL " + kl + ", mean " + mean + " sd " + sd
          + " vs exact " + exact[0] + " " + exact[1] + "\n" + json);
    }
  }

  /** Mean and sd of theta | counts under N(7, 0.5^2) and Poisson(exp(theta)), by quadrature. */
  private static double[] exactPoisson(int[] counts) {
    int grid = 20_001;
    double lo = 5;
    double hi = 9;
    double[] logDensity = new double[grid];
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < grid; i++) {
      double t = lo + (hi - lo) * i / (grid - 1);
      double z = (t - 7) / 0.5;
      double lp = -0.5 * z * z;
      for (int y : counts) {
        lp += y * t - Math.exp(t);
      }
      logDensity[i] = lp;
      max = Math.max(max, lp);
    }
    double total = 0;
    double first = 0;
    double second = 0;
    for (int i = 0; i < grid; i++) {
      double t = lo + (hi - lo) * i / (grid - 1);
      double w = Math.exp(logDensity[i] - max);
      total += w;
      first += w * t;
      second += w * t * t;
    }
    double mean = first / total;
    return new double[] {mean, Math.sqrt(second / total - mean * mean)};
  }

  /**
   * A model whose likelihood is not the training one is refused: gaussian_mean.ppl has noise 1,
   * the model observes with noise 2 (the log-likelihood changes between the probed latents
   * differ), and a Poisson model is given the Gaussian network (its observations are not
   * counts).
   */
  @Test
  void aDifferentLikelihoodIsRefused() throws Exception {
    Path net = train(example("gaussian_mean.ppl"), "mean.dt");
    Path model = dir.resolve("noisy.ppl");
    Files.writeString(model, "data obs : Real[]\ntheta ~ normal(0.0, 2.0)\n"
        + "for y in obs {\n  observe y ~ normal(theta, 2.0)\n}\nreturn theta\n");
    assertEquals(1, ppl("run", model.toString(), "--data", example("gaussian_mean.json"),
        "--method", "dt", "--net", net.toString(), "--seed", "1"));
    assertTrue(err.toString().contains("its likelihood is not the one 'mean.dt' was trained on"
        + " ('gaussian_mean.ppl', sha256 "), err.toString());
    Path counts = dir.resolve("counts.ppl");
    Files.writeString(counts, "data obs : Int[]\ntheta ~ normal(0.0, 1.0)\n"
        + "for y in obs {\n  observe y ~ poisson(exp(theta))\n}\nreturn theta\n");
    Path data = dir.resolve("counts.json");
    Files.writeString(data, "{\"obs\": [1, 0, 2]}");
    assertEquals(1, ppl("run", counts.toString(), "--data", data.toString(), "--method", "dt",
        "--net", net.toString(), "--seed", "1"));
    assertTrue(err.toString().contains("are not values of 'obs : Int[]'"), err.toString());
    assertTrue(!err.toString().contains("Exception"), err.toString());
  }

  /** The same likelihood written in a model passes the check, and an in-range run has no notes. */
  @Test
  void theTrainingLikelihoodPassesWithoutNotes() throws Exception {
    Path net = train(example("gaussian_mean.ppl"), "mean.dt");
    assertEquals(0, ppl("run", example("gaussian_mean_model.ppl"), "--data",
        example("gaussian_mean.json"), "--method", "dt", "--net", net.toString(), "--seed", "1",
        "--format", "json", "--quiet"), err.toString());
    assertTrue(!json().get("warnings").toString().contains("outside"), json().toString());
  }

  /**
   * {@code ppl dt apply} runs one model on a folder of data sets in one batched call: one entry
   * per file, in name order, each with the prior as written (the two components of
   * gaussian_mean_model.ppl), the network's posterior mixture (weights summing to 1) and the
   * corrected summary; the data set of gaussian_mean.json has the exact mean 0.8446094 within
   * 4.5 sd / sqrt(ESS) (seed 1, 4,000 draws).
   */
  @Test
  void applyRunsManyDataSetsInOneCall() throws Exception {
    Path net = train(example("gaussian_mean.ppl"), "mean.dt");
    Path folder = Files.createDirectory(dir.resolve("sets"));
    Files.copy(Path.of(example("gaussian_mean.json")), folder.resolve("a.json"));
    Files.writeString(folder.resolve("b.json"), "{\"obs\": [2.0, 2.5]}");
    Files.writeString(folder.resolve("c.json"), "{\"obs\": []}");
    assertEquals(0, ppl("dt", "apply", example("gaussian_mean_model.ppl"), "--net",
        net.toString(), "--data", folder.toString(), "--seed", "1"), err.toString());
    JsonNode problems = json().get("problems");
    assertEquals(3, problems.size(), out.toString());
    assertTrue(problems.get(0).get("data").asText().endsWith("a.json"));
    JsonNode prior = problems.get(0).get("prior");
    assertEquals(0.3, prior.get("weights").get(0).asDouble(), 1e-12);
    assertEquals(1.5, prior.get("means").get(1).get(0).asDouble(), 0.0);
    JsonNode weights = problems.get(1).get("network_posterior").get("weights");
    assertEquals(1.0, weights.get(0).asDouble() + weights.get(1).asDouble(), 1e-9);
    JsonNode theta = problems.get(0).get("summary").get("theta");
    double tolerance = 4.5 * 0.42380896193417267 / Math.sqrt(theta.get("ess").asDouble());
    assertTrue(Math.abs(theta.get("mean").asDouble() - 0.8446094060605803) <= tolerance,
        "seed 1: " + theta);
    assertTrue(json().get("ms_per_problem").asDouble() > 0);
  }
}
