package org.ppl4j.runner.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ppl4j.runner.cli.Main;

/**
 * The posterior predictive and PSIS-LOO of {@code ppl run --predict --loo} against the exact
 * answers of a conjugate model ({@code src/test/resources/predict/normal.ppl}: y_i ~ normal(mu,
 * 1), mu ~ normal(0, 10), five observations): the posterior is normal(m, v), each replicated
 * element normal(m, sqrt(1 + v)), and {@code p(y_i | y_-i)} normal with the posterior of the
 * other four. Each run: seed 7, 4 chains of 1000 draws.
 *
 * <p>Tolerances, z-tests at |z| &lt;= 4.5 with the ESS the run reports for the leaf: replicate
 * mean {@code 4.5 sd / sqrt(ESS)}, replicate sd {@code 4.5 sd / sqrt(2 ESS)} (a normal's sample
 * sd). {@code elpd_loo}: 4.5 times the sum over elements of the importance-sampling error of
 * {@code log p(y_i | y_-i)} for independent draws (its delta-method value for this model,
 * computed from the exact posterior) times {@code sqrt(S / ESS_mu)} for the chains'
 * autocorrelation. Also: the same seed gives the same posterior with and without
 * {@code --predict} (the recorder leaves every draw as it was), for every method.
 */
class PredictiveStatisticalTest {
  private static final JsonMapper JSON = new JsonMapper();
  private static final Path DIR = Path.of(System.getProperty("basedir", "."))
      .resolve("src/test/resources/predict");
  private static final double[] Y = {0.4, 1.3, -0.2, 0.9, 3.1};
  private static final double Z = 4.5;

  @ParameterizedTest
  @ValueSource(strings = {"nuts", "mh"})
  void replicatesAndLooMatchTheConjugateAnswer(String method) throws Exception {
    JsonNode run = run(List.of("--method", method, "--seed", "7", "--chains", "4",
        "--samples", "1000", "--predict", "--loo"));
    double precision = 1 / 100.0 + Y.length;
    double m = sum(Y) / precision;
    double predictiveSd = Math.sqrt(1 + 1 / precision);
    JsonNode elements = run.get("predictive").get("ys").get("elements");
    double ess = run.get("summary").get("mu").get("ess").asDouble();
    for (int i = 0; i < Y.length; i++) {
      JsonNode e = elements.get("ys[" + i + "]");
      double mean = e.get("mean").asDouble();
      double sd = e.get("sd").asDouble();
      String report = method + " seed 7, 4000 draws, ESS(mu) " + ess + ", ys[" + i + "]: mean "
          + mean + " vs " + m + ", sd " + sd + " vs " + predictiveSd;
      // a replicate mixes mu's autocorrelated draws with fresh noise: mu's ESS is the floor
      assertEquals(m, mean, Z * predictiveSd / Math.sqrt(ess), report);
      assertEquals(predictiveSd, sd, Z * predictiveSd / Math.sqrt(2 * ess), report);
      assertEquals(Y[i], e.get("observed").asDouble(), 0, report);
    }
    double exact = 0;
    double error = 0;
    for (int i = 0; i < Y.length; i++) {
      double p = 1 / 100.0 + Y.length - 1;
      exact += logNormal(Y[i], (sum(Y) - Y[i]) / p, Math.sqrt(1 + 1 / p));
      error += importanceError(Y[i], m, Math.sqrt(1 / precision));
    }
    double tolerance = Z * error / Math.sqrt(ess);
    double elpd = run.get("loo").get("elpd_loo").asDouble();
    assertEquals(exact, elpd, tolerance, method + " seed 7: elpd_loo " + elpd + " vs exact "
        + exact + ", tolerance " + tolerance);
  }

  @ParameterizedTest
  @ValueSource(strings = {"nuts", "mh", "smc", "importance", "rmsmc"})
  void predictLeavesTheDrawsAsTheyWere(String method) throws Exception {
    List<String> options = List.of("--method", method, "--seed", "3", "--samples", "200",
        "--particles", "300");
    // --predict records each particle's observations, so smc and importance run particle by
    // particle with it (LANGUAGE.md): the draws to compare are those of that path
    List<String> plainOptions = new ArrayList<>(options);
    if (method.equals("smc") || method.equals("importance")) {
      plainOptions.addAll(List.of("--density", "interpreted"));
    }
    JsonNode plain = run(plainOptions);
    List<String> withPredict = new ArrayList<>(options);
    withPredict.add("--predict");
    JsonNode predicted = run(withPredict);
    assertEquals(plain.get("summary"), predicted.get("summary"), method);
    assertEquals(plain.get("log_evidence"), predicted.get("log_evidence"), method);
    assertTrue(predicted.has("predictive"), method);
  }

  private static JsonNode run(List<String> options) throws Exception {
    List<String> args = new ArrayList<>(List.of("run", DIR.resolve("normal.ppl").toString(),
        "--data", DIR.resolve("normal.json").toString(), "--format", "json", "-q"));
    args.addAll(options);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args.toArray(String[]::new), new PrintWriter(out),
        new PrintWriter(err));
    assertEquals(0, exit, String.join(" ", args) + "\n" + err);
    return JSON.readTree(out.toString());
  }

  /**
   * The delta-method standard error, per sqrt(draw), of the importance-sampling estimate of
   * {@code log p(y | y_-i)} from independent posterior draws: {@code sd(1/p) / mean(1/p)} with
   * {@code 1/p(y | mu)} a log-normal-like variable computed in closed form over mu ~
   * normal(m, s).
   */
  private static double importanceError(double y, double m, double s) {
    // 1/p(y|mu) = sqrt(2 pi) exp((y - mu)^2 / 2); moments over mu ~ normal(m, s):
    // E[exp(a (y-mu)^2)] = exp(a d^2 / (1 - 2 a s^2)) / sqrt(1 - 2 a s^2), d = y - m
    double d = y - m;
    double first = Math.exp(0.5 * d * d / (1 - s * s)) / Math.sqrt(1 - s * s);
    double second = Math.exp(d * d / (1 - 2 * s * s)) / Math.sqrt(1 - 2 * s * s);
    return Math.sqrt(second - first * first) / first;
  }

  private static double logNormal(double x, double mu, double sigma) {
    double z = (x - mu) / sigma;
    return -0.5 * z * z - Math.log(sigma) - 0.5 * Math.log(2 * Math.PI);
  }

  private static double sum(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    return s;
  }
}
