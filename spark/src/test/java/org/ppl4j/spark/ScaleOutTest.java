package org.ppl4j.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ppl4j.runner.output.RunReport;
import org.ppl4j.runner.pipeline.DataSource;
import org.ppl4j.semantics.posterior.Summary;

/**
 * Chains spread over tasks, island SMC and consensus Monte Carlo on {@code local[2]}, each
 * against an exact answer. Monte Carlo tolerances: a posterior mean is within 4.5 exact sd /
 * sqrt(ESS) of the exact mean, with the ESS the run reports, after asserting ESS >= 400 and (for
 * chains) split R-hat <= 1.01.
 */
class ScaleOutTest {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkSessions.local(2);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = ScaleOutTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void assertMean(double exactMean, double exactSd, Summary s) {
    double ess = s.ess().orElseThrow();
    assertTrue(ess >= 400, "ESS " + ess);
    assertEquals(exactMean, s.mean(), 4.5 * exactSd / Math.sqrt(ess));
  }

  @Test
  void chainsOnePerTaskJoinWithRhatAndMatchTheConjugatePosterior() {
    // mu ~ normal(0, 10), 4 observations with sd 1: precision 4 + 1/100, mean sum / precision
    double[] ys = {1.1, 0.3, 2.0, 1.4};
    String data = "y\n1.1\n0.3\n2.0\n1.4\n";
    ProgramRun mh = new ProgramRun("mean.ppl", ManyPosteriorsTest.PROGRAM, "mh",
        new LinkedHashMap<>()).with("samples", "2000").with("warmup", "500");
    RunReport report = SparkChains.run(spark, mh, new DataSource.Text("y.csv", data), 4, 11);
    Summary mu = report.summary().get("mu");
    double precision = 4 + 0.01;
    double sum = 0;
    for (double y : ys) {
      sum += y;
    }
    assertEquals(4, report.chains());
    assertTrue(mu.rhat().orElseThrow() <= 1.01, "R-hat " + mu.rhat());
    assertMean(sum / precision, Math.sqrt(1 / precision), mu);
    RunReport again = SparkChains.run(spark, mh, new DataSource.Text("y.csv", data), 4, 11);
    assertEquals(mu.mean(), again.summary().get("mu").mean(), 1e-12, "seed-deterministic");
  }

  @Test
  void islandSmcEstimatesTheKalmanEvidenceOfTheRandomWalk() throws IOException {
    // Exact log evidence by the Kalman filter: -435.9452791350475
    // (../shared/reference/workloads/README.md).
    ProgramRun smc = new ProgramRun("random_walk.ppl", resource("random_walk.ppl"), "smc",
        new LinkedHashMap<>()).with("particles", "1000");
    int islands = 8;
    List<LeafDraws> parts = new ArrayList<>();
    RunReport report = IslandSmc.run(spark, smc,
        new DataSource.Text("random_walk.json", resource("random_walk.json")), islands, 5);
    double estimate = report.logEvidence().orElseThrow();
    // Monte Carlo error: rerun the islands' evidence estimates one by one (same seeds) and use
    // their spread: se(log mean Z) ~ sd(Z_k / mean Z) / sqrt(K).
    double[] z = new double[islands];
    for (int k = 0; k < islands; k++) {
      var result = smc.run(new DataSource.Text("random_walk.json", resource("random_walk.json")),
          GroupSeeds.of(5, "island-" + k), line -> { });
      z[k] = result.posterior().logEvidence().orElseThrow();
      parts.add(LeafDraws.of(result.posterior(), result.program().resultName()));
    }
    assertEquals(IslandSmc.join(parts).logEvidence().orElseThrow(), estimate, 1e-9,
        "the islands are the single runs with the derived seeds");
    double max = java.util.Arrays.stream(z).max().orElseThrow();
    double mean = java.util.Arrays.stream(z).map(v -> Math.exp(v - max)).average().orElseThrow();
    double var = java.util.Arrays.stream(z).map(v -> Math.exp(v - max) / mean - 1)
        .map(v -> v * v).sum() / (islands - 1);
    double se = Math.sqrt(var / islands);
    assertTrue(se < 0.2, "an informative estimate, se " + se);
    assertEquals(-435.9452791350475, estimate, 4.5 * se + 1e-9, "se " + se);
  }

  @Test
  void consensusOfFourShardsMatchesTheFullDataRegressionPosterior() {
    String program = """
        data x : Real[]
        data y : Real[]
        data prior_power : Real = 1.0
        alpha ~ normal(0, 10)
        beta ~ normal(0, 10)
        factor((prior_power - 1) * (logpdf(normal(0, 10), alpha) + logpdf(normal(0, 10), beta)))
        for i in 0..length(y) {
          observe y[i] ~ normal(alpha + beta * x[i], 1)
        }
        return {alpha: alpha, beta: beta}
        """;
    Random random = new Random(3);
    List<Row> rows = new ArrayList<>();
    double sx = 0;
    double sxx = 0;
    double sy = 0;
    double sxy = 0;
    int n = 200;
    for (int i = 0; i < n; i++) {
      double x = random.nextGaussian();
      double y = 0.5 + 1.5 * x + random.nextGaussian();
      rows.add(RowFactory.create(x, y));
      sx += x;
      sxx += x * x;
      sy += y;
      sxy += x * y;
    }
    Dataset<Row> data = spark.createDataFrame(rows, new StructType()
        .add("x", DataTypes.DoubleType).add("y", DataTypes.DoubleType));
    ProgramRun nuts = new ProgramRun("regression.ppl", program, "nuts", new LinkedHashMap<>())
        .with("chains", "1").with("warmup", "500").with("samples", "2000");
    RunReport report = ConsensusMonteCarlo.run(data, nuts, 4, 9);
    // Exact: precision P = diag(1/100, 1/100) + [[n, sx], [sx, sxx]], mean P^-1 [sy, sxy].
    double p00 = n + 0.01;
    double p01 = sx;
    double p11 = sxx + 0.01;
    double det = p00 * p11 - p01 * p01;
    assertMean((p11 * sy - p01 * sxy) / det, Math.sqrt(p11 / det),
        report.summary().get("alpha"));
    assertMean((p00 * sxy - p01 * sy) / det, Math.sqrt(p00 / det),
        report.summary().get("beta"));
  }
}
