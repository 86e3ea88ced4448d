import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.ppl4j.spark.GroupFitter;
import org.ppl4j.spark.GroupResult;
import org.ppl4j.spark.ManyPosteriors;
import org.ppl4j.spark.ProgramRun;
import org.ppl4j.spark.SparkSessions;

/**
 * Many-posteriors throughput (issue 21, item 6): G groups of a small regression (20 rows each,
 * importance sampling with 1,000 particles), fitted by a plain loop in one JVM thread, then by
 * ManyPosteriors on local[1] and local[2]. Prints a Markdown table of groups per second; the
 * Spark overhead per group is (Spark time - loop time) / G at local[1].
 * Usage: java -cp CLASSPATH bench/spark/SparkBench.java GROUPS
 */
public class SparkBench {
  static final String PROGRAM = """
      data x : Real[]
      data y : Real[]
      alpha ~ normal(0, 10)
      beta ~ normal(0, 10)
      for i in 0..length(y) {
        observe y[i] ~ normal(alpha + beta * x[i], 1)
      }
      return {alpha: alpha, beta: beta}
      """;

  public static void main(String[] args) {
    int groups = Integer.parseInt(args[0]);
    Random random = new Random(1);
    List<Row> rows = new ArrayList<>();
    List<String> csv = new ArrayList<>();
    for (int g = 0; g < groups; g++) {
      StringBuilder text = new StringBuilder("x,y\n");
      double a = random.nextGaussian();
      double b = random.nextGaussian();
      for (int i = 0; i < 20; i++) {
        double x = random.nextGaussian();
        double y = a + b * x + random.nextGaussian();
        rows.add(RowFactory.create("g" + g, Double.toString(x), Double.toString(y)));
        text.append(x).append(',').append(y).append('\n');
      }
      csv.add(text.toString());
    }
    ProgramRun run = new ProgramRun("regression.ppl", PROGRAM, "importance",
        new java.util.LinkedHashMap<>(java.util.Map.of("particles", "1000")));
    GroupFitter fitter = new GroupFitter(run, 1, List.of("x", "y"));
    // warm the JIT on 200 groups, untimed
    for (int g = 0; g < Math.min(200, groups); g++) {
      fitter.fitText("g" + g, csv.get(g));
    }
    long t0 = System.nanoTime();
    for (int g = 0; g < groups; g++) {
      fitter.fitText("g" + g, csv.get(g));
    }
    double loop = (System.nanoTime() - t0) / 1e9;
    System.out.println("| runner | groups | seconds | groups/s |");
    System.out.println("|---|---|---|---|");
    System.out.printf(Locale.ROOT, "| single-JVM loop (1 thread) | %d | %.2f | %.1f |%n", groups,
        loop, groups / loop);
    double local1 = 0;
    for (int threads : new int[] {1, 2}) {
      SparkSession spark = SparkSessions.local(threads);
      Dataset<Row> data = spark.createDataFrame(rows, new StructType()
          .add("g", DataTypes.StringType).add("x", DataTypes.StringType)
          .add("y", DataTypes.StringType)).cache();
      data.count();
      ManyPosteriors fit = ManyPosteriors.of("regression.ppl", PROGRAM).method("importance")
          .option("particles", "1000").seed(1);
      long t1 = System.nanoTime();
      List<GroupResult> results = fit.fit(data, "g").collectAsList();
      double seconds = (System.nanoTime() - t1) / 1e9;
      long failed = results.stream().filter(r -> r.getError() != null).count();
      System.out.printf(Locale.ROOT, "| spark local[%d] | %d | %.2f | %.1f |%s%n", threads,
          results.size(), seconds, results.size() / seconds,
          failed > 0 ? " " + failed + " failed" : "");
      if (threads == 1) {
        local1 = seconds;
      }
      spark.stop();
    }
    System.out.printf(Locale.ROOT, "%nSpark overhead per group at local[1]: %.2f ms%n",
        (local1 - loop) / groups * 1e3);
  }
}
