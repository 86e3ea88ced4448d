package org.ppl4j.runner.pfn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppl4j.compiler.PplCompiler;
import org.ppl4j.pfn.dt.DtFile;
import org.ppl4j.runner.cli.CommandContext;
import org.ppl4j.runner.cli.PplCommand;
import org.ppl4j.runner.method.StandardMethods;

/**
 * {@code ppl run --method pfn} end to end, in-process, with the project's compiler: small
 * networks are trained once on {@code examples/pfn/linear_prior.ppl} (one for the latent
 * {@code slope}, one for {@code y}) and used on {@code examples/pfn/linear_model.ppl} with the
 * 30 points of {@code linear_data.json}, and on the prior program itself; every user error
 * exits with 1 and a message naming the problem, without a stack trace.
 */
class PfnMethodTest {

  @TempDir
  static Path dir;

  private static Path slopeNet;
  private static Path labelNet;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private static int ppl(StringWriter out, StringWriter err, String... args) {
    CommandContext context = new CommandContext(new PrintWriter(out), new PrintWriter(err),
        false, PplCompiler::compile, StandardMethods.registry(), System::nanoTime, () -> 5L);
    return PplCommand.commandLine(context).execute(args);
  }

  private int ppl(String... args) {
    return ppl(out, err, args);
  }

  private static String example(String name) {
    return Path.of("..", "examples", "pfn", name).toString();
  }

  /**
   * Trains on the linear prior: 1,000 steps of 16 datasets of 32 points, width 16, one layer,
   * 20 buckets (a few seconds), enough for the slope posterior to move well away from the prior
   * (see {@link #latentPosteriorOfTheModelProgramIsNamedAfterTheLatent()}); the y network only
   * needs to run, so it gets 20 steps.
   */
  @BeforeAll
  static void train() {
    slopeNet = dir.resolve("slope.pfn");
    labelNet = dir.resolve("y.pfn");
    for (Path net : List.of(slopeNet, labelNet)) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      boolean slope = net == slopeNet;
      int code = ppl(out, err, "pfn", "train", example("linear_prior.ppl"), "--out",
          net.toString(), "--target", slope ? "slope" : "y", "--steps", slope ? "1000" : "20",
          "--batch", "16", "--points", "32", "--width", "16", "--layers", "1", "--heads", "2",
          "--buckets", "20", "--border-samples", "2000", "--lr", "3e-3", "--seed", "3");
      assertEquals(0, code, err.toString());
    }
  }

  private JsonNode runJson(String program, String data, Path net, String... extra)
      throws Exception {
    List<String> args = new ArrayList<>(List.of("run", program, "--data", data, "--method",
        "pfn", "--net", net.toString(), "--seed", "1", "--samples", "2000", "--format", "json"));
    args.addAll(List.of(extra));
    int code = ppl(args.toArray(new String[0]));
    assertEquals(0, code, err.toString());
    String text = out.toString();
    return new ObjectMapper().readTree(text.substring(text.indexOf('{')));
  }

  private static void assertFiniteOrderedSummary(JsonNode leaf, String name) {
    for (String key : List.of("mean", "sd", "q05", "q50", "q95")) {
      assertTrue(leaf.get(key).isNumber() && Double.isFinite(leaf.get(key).asDouble()),
          name + "." + key + " = " + leaf.get(key));
    }
    assertTrue(leaf.get("q05").asDouble() <= leaf.get("q50").asDouble()
        && leaf.get("q50").asDouble() <= leaf.get("q95").asDouble(), name + ": " + leaf);
  }

  /**
   * The model program returns {@code {slope, y}}; the result is named after the network's
   * target, {@code slope}, alone. Sanity of the network's own posterior ({@code --raw}): the prior of the slope is N(0, 1)
   * and the exact posterior given the 30 points (noise sd 0.3, conjugate Gaussian with the
   * intercept integrated out) has mean 0.676 and sd 0.095. A network that ignored the data
   * would give the prior back (sd near 1; 1.3 for this net with no points, its bar
   * discretisation widening the tails), so the sd must fall below 0.6 and the mean lie within
   * 0.3 of 0.676 (this net gives about 0.25 and 0.58; one trained ten times longer, 0.18 and
   * 0.70).
   */
  @Test
  void latentPosteriorOfTheModelProgramIsNamedAfterTheLatent() throws Exception {
    JsonNode json = runJson(example("linear_model.ppl"), example("linear_data.json"), slopeNet,
        "--raw");
    assertEquals("pfn", json.get("method").asText());
    assertTrue(json.get("log_evidence").isNull(), json.toString());
    List<String> leaves = new ArrayList<>();
    json.get("summary").fieldNames().forEachRemaining(leaves::add);
    assertEquals(List.of("slope"), leaves);
    JsonNode slope = json.get("summary").get("slope");
    assertFiniteOrderedSummary(slope, "slope");
    double sd = slope.get("sd").asDouble();
    double mean = slope.get("mean").asDouble();
    assertTrue(sd < 0.6, "posterior sd " + sd + " (prior sd 1, exact 0.095), seed 1, N 2000");
    assertTrue(Math.abs(mean - 0.676) < 0.3, "posterior mean " + mean + " (exact 0.676)");
  }

  /**
   * The importance-corrected posterior (the default, issue 24) of the same network on the model
   * program: the exact posterior mean 0.676 (sd 0.095) within 4.5 sd / sqrt(ESS), ESS the run's
   * own (Kish, of the smoothed weights; seed 1, N 2,000 draws of the network, the intercept from
   * its prior); a log evidence; k̂ reported or the tempered fallback named.
   */
  @Test
  void correctedLatentPosteriorHasTheExactMean() throws Exception {
    JsonNode json = runJson(example("linear_model.ppl"), example("linear_data.json"), slopeNet,
        "--diagnostics");
    JsonNode slope = json.get("summary").get("slope");
    double tolerance = 4.5 * 0.095 / Math.sqrt(slope.get("ess").asDouble());
    assertTrue(Math.abs(slope.get("mean").asDouble() - 0.676) <= tolerance, "seed 1, N 2000: "
        + slope + ", tolerance " + tolerance);
    assertTrue(json.get("log_evidence").isNumber(), json.toString());
    assertTrue(json.has("pareto_k") || json.get("warnings").toString().contains("tempered SMC"),
        json.toString());
  }

  /**
   * The slope case: the network saw x in [-1, 1]; 30 points with x in [-10, 10]
   * (seed 4: slope 0.8, intercept 0.2, noise 0.3) are outside, and the run says so; its
   * answer (corrected, or tempered SMC when k̂ &gt; 0.7) is within KL 0.05 of the exact
   * posterior of the slope (conjugate normal, the intercept integrated out).
   */
  @Test
  void slopeOutsideTheTrainingRangeWarnsAndIsCorrected() throws Exception {
    int n = 30;
    double[] x = new double[n];
    double[] y = new double[n];
    org.ppl4j.semantics.random.Rng rng = org.ppl4j.semantics.random.Rng.seeded(4);
    StringBuilder xs = new StringBuilder();
    StringBuilder ys = new StringBuilder();
    for (int i = 0; i < n; i++) {
      x[i] = Double.parseDouble(String.format(java.util.Locale.ROOT, "%.6f",
          -10 + 20 * rng.nextDouble()));
      y[i] = Double.parseDouble(String.format(java.util.Locale.ROOT, "%.6f",
          0.2 + 0.8 * x[i] + 0.3 * rng.nextGaussian()));
      xs.append(i == 0 ? "" : ", ").append(x[i]);
      ys.append(i == 0 ? "" : ", ").append(y[i]);
    }
    JsonNode json = runJson(example("linear_model.ppl"),
        data("{\"x\": [" + xs + "], \"y\": [" + ys + "]}"), slopeNet);
    assertTrue(json.get("warnings").toString().contains("outside the range [-"),
        json.get("warnings").toString());
    // posterior of (intercept, slope): precision I + X'X / 0.09, mean = cov X'y / 0.09
    double a = 1 + n / 0.09;
    double b = 0;
    double d = 1;
    double u = 0;
    double v = 0;
    for (int i = 0; i < n; i++) {
      b += x[i] / 0.09;
      d += x[i] * x[i] / 0.09;
      u += y[i] / 0.09;
      v += x[i] * y[i] / 0.09;
    }
    double det = a * d - b * b;
    double mean = (a * v - b * u) / det;
    double sd = Math.sqrt(a / det);
    JsonNode slope = json.get("summary").get("slope");
    double m = slope.get("mean").asDouble();
    double s = slope.get("sd").asDouble();
    double kl = Math.log(s / sd) + (sd * sd + (mean - m) * (mean - m)) / (2 * s * s) - 0.5;
    assertTrue(kl <= 0.05, "KL " + kl + ": " + slope + " vs exact " + mean + " " + sd);
  }

  /**
   * The prior program declares neither x nor y: they come from the data file, without a
   * "not a data input" warning, and give exactly the model program's network posterior (same
   * network, same seed, same dataset); it observes nothing, so it is not corrected, and says so.
   */
  @Test
  void priorProgramTakesTheDatasetFromTheDataFile() throws Exception {
    JsonNode fromModel = runJson(example("linear_model.ppl"), example("linear_data.json"),
        slopeNet, "--raw");
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    JsonNode uncorrected = runJson(example("linear_prior.ppl"), example("linear_data.json"),
        slopeNet);
    assertTrue(uncorrected.get("warnings").toString().contains("the program observes nothing"),
        uncorrected.toString());
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    JsonNode fromPrior = runJson(example("linear_prior.ppl"), example("linear_data.json"),
        slopeNet, "--raw");
    assertFalse(err.toString().contains("not a data input"), err.toString());
    for (JsonNode json : List.of(fromModel, fromPrior)) {
      ((ObjectNode) json).remove("time_s");
      ((ObjectNode) json).remove("warnings");
    }
    assertEquals(fromModel, fromPrior);
  }

  @Test
  void labelNetworkPredictsYAtTheTestPoints() throws Exception {
    JsonNode json = runJson(example("linear_model.ppl"), example("linear_data.json"), labelNet);
    List<String> leaves = new ArrayList<>();
    json.get("summary").fieldNames().forEachRemaining(leaves::add);
    assertEquals(List.of("y[0]", "y[1]", "y[2]"), leaves);
    for (String leaf : leaves) {
      assertFiniteOrderedSummary(json.get("summary").get(leaf), leaf);
    }
  }

  private void assertUserError(String expected, String... args) {
    assertEquals(1, ppl(args), err.toString());
    assertTrue(err.toString().contains(expected), err.toString());
    assertFalse(err.toString().contains("Exception") || err.toString().contains("at org."),
        err.toString());
  }

  private String data(String json) throws Exception {
    return Files.writeString(Files.createTempFile(dir, "d", ".json"), json).toString();
  }

  private void assertDataError(String expected, String program, String json, Path net)
      throws Exception {
    assertUserError(expected, "run", program, "--data", data(json), "--method", "pfn", "--net",
        net.toString());
  }

  @Test
  void labelNetworkWithoutTestPointsIsAUserError() throws Exception {
    assertDataError("--method pfn needs data 'x_test' (the points, Real[] or Real[][]): '"
        + example("linear_prior.ppl") + "' does not declare it", example("linear_prior.ppl"),
        "{\"x\": [0.1], \"y\": [0.2]}", labelNet);
    err.getBuffer().setLength(0);
    assertDataError("data 'x_test' is empty", example("linear_model.ppl"),
        "{\"x\": [0.1], \"y\": [0.2]}", labelNet);
  }

  @Test
  void missingOrMismatchedDataIsAUserError() throws Exception {
    String prior = example("linear_prior.ppl");
    assertDataError("--method pfn needs data 'y' (the labels", prior, "{\"x\": [0.1]}", slopeNet);
    err.getBuffer().setLength(0);
    assertDataError("--method pfn needs data 'x'", prior, "{\"y\": [0.1]}", slopeNet);
    err.getBuffer().setLength(0);
    assertUserError("--method pfn needs data 'x'", "run", prior, "--method", "pfn", "--net",
        slopeNet.toString());
    err.getBuffer().setLength(0);
    assertDataError("data 'x' has 3 points but 'y' has 2 values", prior,
        "{\"x\": [0.1, 0.2, 0.3], \"y\": [0.1, 0.2]}", slopeNet);
    err.getBuffer().setLength(0);
    assertDataError("x[0] has 2 values, but the network 'slope.pfn' takes points of 1 value",
        prior, "{\"x\": [[0.1, 0.2]], \"y\": [0.1]}", slopeNet);
    err.getBuffer().setLength(0);
    assertDataError("'y' in '", prior, "{\"x\": [0.1], \"y\": [\"a\"]}", slopeNet);
    assertTrue(err.toString().contains("should be a number or an array of numbers (Real, Real[] "
        + "or Real[][]), found a string"), err.toString());
  }

  @Test
  void missingNetIsAUserError() {
    assertUserError("--method pfn needs a trained network: --net NET.pfn (from 'ppl pfn train')",
        "run", example("linear_model.ppl"), "--data", example("linear_data.json"), "--method",
        "pfn");
  }

  @Test
  void unreadableTruncatedOrDtNetIsAUserError() throws Exception {
    String model = example("linear_model.ppl");
    String data = example("linear_data.json");
    assertUserError("cannot read '" + dir.resolve("absent.pfn") + "': no such file", "run", model,
        "--data", data, "--method", "pfn", "--net", dir.resolve("absent.pfn").toString());
    byte[] bytes = Files.readAllBytes(slopeNet);
    Path truncated = Files.write(dir.resolve("cut.pfn"),
        Arrays.copyOf(bytes, bytes.length / 2));
    err.getBuffer().setLength(0);
    assertUserError("'cut.pfn' is truncated", "run", model, "--data", data, "--method", "pfn",
        "--net", truncated.toString());
    Path dt = Files.write(dir.resolve("mean.dt"),
        (DtFile.MAGIC + "rest of a dt file").getBytes(StandardCharsets.US_ASCII));
    err.getBuffer().setLength(0);
    assertUserError("'mean.dt' is a Distribution Transformer network (from 'ppl dt train'): "
        + "use it with --method dt", "run", model, "--data", data, "--method", "pfn", "--net",
        dt.toString());
  }
}
