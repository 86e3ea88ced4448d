package org.ppl4j.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.ppl4j.runner.output.RunReport;
import org.ppl4j.runner.pipeline.DataSource;
import org.ppl4j.semantics.posterior.Diagnostics;
import org.ppl4j.semantics.posterior.Posterior;

/**
 * Markov chains spread over Spark tasks, one chain per task (issue 21, item 2): chain {@code c}
 * is a one-chain run of the program ({@code --chains 1}) with the seed
 * {@code GroupSeeds.of(seed, "chain-" + c)}, so each chain depends on the seed and its index only
 * and the result is the same whatever the number of partitions or executors. The driver joins
 * the chains into one posterior, whose summary has the split R-hat and bulk ESS over chains
 * (Vehtari et al. 2021), as a local multi-chain run's has. The chains are not those of a local
 * {@code ppl run --chains n}, whose chains split one generator in order: results agree in
 * distribution, not draw for draw.
 */
public final class SparkChains {
  private SparkChains() {}

  /**
   * Runs {@code chains} chains of {@code run} (an MCMC method: mh, nuts, pmmh, pgibbs) on
   * {@code data}, one per task.
   *
   * @return the report of the joined chains (method {@code run.method()})
   */
  public static RunReport run(SparkSession spark, ProgramRun run, DataSource.Text data,
      int chains, long seed) {
    if (chains < 1) {
      throw new IllegalArgumentException("chains must be >= 1, got " + chains);
    }
    ProgramRun oneChain = run.with("chains", "1");
    List<Integer> indices = new ArrayList<>();
    for (int c = 0; c < chains; c++) {
      indices.add(c);
    }
    String dataName = data.name();
    String dataText = data.text();
    long start = System.nanoTime();
    List<LeafDraws> results = JavaSparkContext.fromSparkContext(spark.sparkContext())
        .parallelize(indices, chains)
        .map(c -> {
          var result = oneChain.run(new DataSource.Text(dataName, dataText),
              GroupSeeds.of(seed, "chain-" + c), line -> { });
          return LeafDraws.of(result.posterior(), result.program().resultName());
        })
        .collect();
    List<List<Object>> draws = new ArrayList<>();
    for (LeafDraws chain : results) {
      draws.add(new ArrayList<>(chain.draws()));
    }
    Posterior<Object> joined = Posterior.fromChains(run.method(), draws, Diagnostics.none());
    return RunReport.of(run.programName(), run.method(), seed, joined, "value",
        (System.nanoTime() - start) / 1e9);
  }
}
