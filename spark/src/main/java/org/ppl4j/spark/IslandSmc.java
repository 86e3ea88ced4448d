package org.ppl4j.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.ppl4j.runner.output.RunReport;
import org.ppl4j.runner.pipeline.DataSource;
import org.ppl4j.semantics.math.SpecialFunctions;
import org.ppl4j.semantics.posterior.Empirical;
import org.ppl4j.semantics.posterior.Posterior;

/**
 * Island SMC on Spark (issue 21, item 2): {@code islands} independent particle populations
 * (Vergé, Dubarry, Del Moral and Moulines, "On parallel implementation of sequential Monte
 * Carlo methods: the island particle model", Statistics and Computing 2015), each an ordinary
 * SMC run of the program with its own particles and the seed
 * {@code GroupSeeds.of(seed, "island-" + k)}, spread over Spark tasks. The islands do not
 * exchange particles; the driver joins them by weighting island k by its evidence estimate
 * Ẑ_k: the joined log evidence is log((1/K) Σ Ẑ_k), an average of unbiased estimates and so
 * unbiased for Z, and a particle's weight is its normalised weight within its island times
 * Ẑ_k / Σ Ẑ_j. Since the islands are fixed by their count and seeds, the result is the same
 * whatever the number of partitions or executors. Without exchange, many small islands are
 * worse than one large population when each island degenerates: give each island enough
 * particles for its own evidence estimate to be stable.
 */
public final class IslandSmc {
  private IslandSmc() {}

  /**
   * Runs {@code islands} SMC populations of {@code run} (method smc, its {@code --particles}
   * per island) on {@code data}.
   *
   * @return the report of the joined populations (method {@code smc-islands})
   */
  public static RunReport run(SparkSession spark, ProgramRun run, DataSource.Text data,
      int islands, long seed) {
    if (islands < 1) {
      throw new IllegalArgumentException("islands must be >= 1, got " + islands);
    }
    List<Integer> indices = new ArrayList<>();
    for (int k = 0; k < islands; k++) {
      indices.add(k);
    }
    String dataName = data.name();
    String dataText = data.text();
    long start = System.nanoTime();
    List<LeafDraws> results = JavaSparkContext.fromSparkContext(spark.sparkContext())
        .parallelize(indices, islands)
        .map(k -> {
          var result = run.run(new DataSource.Text(dataName, dataText),
              GroupSeeds.of(seed, "island-" + k), line -> { });
          return LeafDraws.of(result.posterior(), result.program().resultName());
        })
        .collect();
    Posterior<Object> joined = Posterior.of("smc-islands", join(results));
    return RunReport.of(run.programName(), "smc-islands", seed, joined, "value",
        (System.nanoTime() - start) / 1e9);
  }

  /** The islands' draws weighted as the type's documentation says. */
  static Empirical<Object> join(List<LeafDraws> islands) {
    double[] logZ = new double[islands.size()];
    for (int k = 0; k < logZ.length; k++) {
      logZ[k] = islands.get(k).logEvidence();
      if (Double.isNaN(logZ[k])) {
        throw new IllegalArgumentException("island " + k + " has no evidence estimate: run "
            + "the islands with --method smc");
      }
    }
    double logTotal = SpecialFunctions.logSumExp(logZ);
    List<Object> values = new ArrayList<>();
    List<Double> logWeights = new ArrayList<>();
    for (int k = 0; k < logZ.length; k++) {
      LeafDraws island = islands.get(k);
      double logNorm = SpecialFunctions.logSumExp(island.logWeights());
      for (int i = 0; i < island.draws().size(); i++) {
        values.add(island.draws().get(i));
        logWeights.add(island.logWeights()[i] - logNorm + logZ[k] - logTotal);
      }
    }
    return new Empirical<>(values, logWeights.stream().mapToDouble(Double::doubleValue).toArray(),
        OptionalDouble.of(logTotal - Math.log(logZ.length)));
  }
}
