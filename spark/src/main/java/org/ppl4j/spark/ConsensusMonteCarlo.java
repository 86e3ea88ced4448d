package org.ppl4j.spark;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.stat.correlation.Covariance;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.ppl4j.runner.output.RunReport;
import org.ppl4j.runner.pipeline.DataSource;
import org.ppl4j.semantics.posterior.Diagnostics;
import org.ppl4j.semantics.posterior.Posterior;

/**
 * Consensus Monte Carlo (Scott, Blocker, Bonassi, Chipman, George and McCulloch, "Bayes and big
 * data: the consensus Monte Carlo algorithm", 2016) for data too large for one machine: the rows
 * are split into S shards, each shard's sub-posterior p(θ)^{1/S} p(shard | θ) is sampled on its
 * own task (with the program's method, NUTS typically), and draw g of the consensus is the
 * matrix-weighted average θ_g = (Σ_s W_s)⁻¹ Σ_s W_s θ_{s,g} with W_s the inverse of shard s's
 * sample covariance.
 *
 * <p>The program raises its own prior to the power 1/S: it declares {@code data prior_power :
 * Real = 1.0} and adds {@code factor((prior_power - 1) * LOG_PRIOR)} (see docs/spark.md); each
 * shard gets {@code prior_power = 1/S}. The rule is exact when every sub-posterior is Gaussian
 * (a linear-Gaussian regression) and a good approximation for near-Gaussian posteriors with
 * enough rows per shard; it is wrong for multimodal or strongly skewed ones, and only the real
 * leaves of the result are combined (all of them, as one vector).
 */
public final class ConsensusMonteCarlo {
  private static final JsonMapper JSON = new JsonMapper();

  private ConsensusMonteCarlo() {}

  /**
   * Runs {@code run} on {@code shards} shards of {@code data} (Spark's {@code repartition}
   * deals the rows round-robin; each shard's rows become array inputs by column, typed as the
   * columns are) and combines the draws.
   *
   * @return the report of the consensus draws (method {@code consensus-<method>})
   */
  public static RunReport run(Dataset<Row> data, ProgramRun run, int shards, long seed) {
    if (shards < 1) {
      throw new IllegalArgumentException("shards must be >= 1, got " + shards);
    }
    String[] columns = data.columns();
    long start = System.nanoTime();
    List<LeafDraws> parts = data.repartition(shards).mapPartitions(
        (MapPartitionsFunction<Row, LeafDraws>) rows -> {
          List<LeafDraws> out = new ArrayList<>();
          if (!rows.hasNext()) {
            return out.iterator();
          }
          String json = shardJson(rows, columns, 1.0 / shards);
          int shard = org.apache.spark.TaskContext.getPartitionId();
          var result = run.run(new DataSource.Text("shard-" + shard + ".json", json),
              GroupSeeds.of(seed, "shard-" + shard), line -> { });
          out.add(LeafDraws.of(result.posterior(), result.program().resultName()));
          return out.iterator();
        }, Encoders.javaSerialization(LeafDraws.class)).collectAsList();
    List<Object> combined = combine(parts);
    Posterior<Object> posterior = Posterior.fromChains("consensus-" + run.method(),
        List.of(combined), Diagnostics.none());
    return RunReport.of(run.programName(), "consensus-" + run.method(), seed, posterior,
        "value", (System.nanoTime() - start) / 1e9);
  }

  /** A shard's rows as a JSON data file: one array per column, plus {@code prior_power}. */
  static String shardJson(Iterator<Row> rows, String[] columns, double priorPower)
      throws java.io.IOException {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode[] arrays = new ArrayNode[columns.length];
    for (int j = 0; j < columns.length; j++) {
      arrays[j] = root.putArray(columns[j]);
    }
    while (rows.hasNext()) {
      Row row = rows.next();
      for (int j = 0; j < columns.length; j++) {
        arrays[j].add(JSON.valueToTree(row.get(j)));
      }
    }
    root.put("prior_power", priorPower);
    return JSON.writeValueAsString(root);
  }

  /** The consensus of the shards' draws (each shard's first n draws, n the fewest). */
  static List<Object> combine(List<LeafDraws> shards) {
    List<String> names = new ArrayList<>();
    shards.get(0).draws().get(0).forEach((name, v) -> {
      if (v instanceof Double) {
        names.add(name);
      }
    });
    int d = names.size();
    int n = shards.stream().mapToInt(s -> s.draws().size()).min().orElseThrow();
    RealMatrix precisionSum = new Array2DRowRealMatrix(d, d);
    List<RealMatrix> weights = new ArrayList<>();
    List<double[][]> draws = new ArrayList<>();
    for (LeafDraws shard : shards) {
      double[][] x = new double[n][d];
      for (int g = 0; g < n; g++) {
        Map<String, Object> draw = shard.draws().get(g);
        for (int j = 0; j < d; j++) {
          x[g][j] = (Double) draw.get(names.get(j));
        }
      }
      RealMatrix cov = d == 1
          ? new Array2DRowRealMatrix(new double[][] {{variance(x)}})
          : new Covariance(x).getCovarianceMatrix();
      RealMatrix w = new LUDecomposition(cov).getSolver().getInverse();
      weights.add(w);
      draws.add(x);
      precisionSum = precisionSum.add(w);
    }
    RealMatrix total = new LUDecomposition(precisionSum).getSolver().getInverse();
    List<Object> out = new ArrayList<>(n);
    for (int g = 0; g < n; g++) {
      double[] sum = new double[d];
      for (int s = 0; s < shards.size(); s++) {
        double[] wx = weights.get(s).operate(draws.get(s)[g]);
        for (int j = 0; j < d; j++) {
          sum[j] += wx[j];
        }
      }
      double[] theta = total.operate(sum);
      LinkedHashMap<String, Object> draw = new LinkedHashMap<>();
      for (int j = 0; j < d; j++) {
        draw.put(names.get(j), theta[j]);
      }
      out.add(draw);
    }
    return out;
  }

  private static double variance(double[][] x) {
    double mean = 0;
    for (double[] row : x) {
      mean += row[0];
    }
    mean /= x.length;
    double ss = 0;
    for (double[] row : x) {
      ss += (row[0] - mean) * (row[0] - mean);
    }
    return ss / (x.length - 1);
  }
}
