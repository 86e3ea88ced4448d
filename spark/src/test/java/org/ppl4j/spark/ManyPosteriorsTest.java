package org.ppl4j.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppl4j.runner.cli.Main;

/**
 * Many posteriors on {@code local[2]}: every group's result equals {@code ppl run} on that
 * group's rows written as CSV with the group's derived seed, whatever the partitioning; a group
 * with bad data becomes an error row.
 */
class ManyPosteriorsTest {
  static final String PROGRAM = """
      data y : Real[]
      mu ~ normal(0, 10)
      for v in y {
        observe v ~ normal(mu, 1)
      }
      return mu
      """;
  private static SparkSession spark;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    spark = SparkSessions.local(2);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  /** 200 groups of 4 rows; group g017's y is 0.1 * 17 + a fixed pattern. */
  static Dataset<Row> groups(int n, String badGroup) {
    List<Row> rows = new ArrayList<>();
    for (int g = 0; g < n; g++) {
      String key = String.format(Locale.ROOT, "g%03d", g);
      for (int i = 0; i < 4; i++) {
        String y = key.equals(badGroup) && i == 2 ? "abc"
            : Double.toString(0.1 * g + (i - 1.5) * 0.3);
        rows.add(RowFactory.create(key, y));
      }
    }
    StructType schema = new StructType()
        .add("store", DataTypes.StringType).add("y", DataTypes.StringType);
    return spark.createDataFrame(rows, schema);
  }

  private static ManyPosteriors fitter() {
    return ManyPosteriors.of("mean.ppl", PROGRAM).method("importance")
        .option("particles", "500").seed(7);
  }

  private static JsonNode withoutTime(String line) {
    ObjectNode node = (ObjectNode) GroupFitter.parse(line);
    node.remove("time_s");
    return node;
  }

  @Test
  void everyGroupEqualsPplRunOnItsOwnDataWithTheDerivedSeed() throws Exception {
    ManyPosteriors fit = fitter();
    List<String> lines = fit.jsonLines(fit.fit(groups(200, ""), "store"));
    assertEquals(200, lines.size());
    Path program = dir.resolve("mean.ppl");
    Files.writeString(program, PROGRAM);
    for (int g = 0; g < 200; g += 13) {
      String key = String.format(Locale.ROOT, "g%03d", g);
      JsonNode spark = withoutTime(lines.get(g));
      assertEquals(key, spark.get("group").asText());
      assertTrue(spark.get("error").isNull(), lines.get(g));
      StringBuilder csv = new StringBuilder("y\n");
      for (int i = 0; i < 4; i++) {
        csv.append(0.1 * g + (i - 1.5) * 0.3).append('\n');
      }
      Path data = dir.resolve("group-" + key + ".csv");
      Files.writeString(data, csv);
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = Main.run(new String[] {"run", program.toString(), "--data", data.toString(),
          "--method", "importance", "--particles", "500", "--format", "json", "--quiet",
          "--seed", Long.toString(GroupSeeds.of(7, key))}, new PrintWriter(out),
          new PrintWriter(err));
      assertEquals(0, code, err.toString());
      ObjectNode single = (ObjectNode) GroupFitter.parse(out.toString());
      single.remove("time_s");
      for (String field : List.of("method", "seed", "log_evidence", "summary", "warnings")) {
        JsonClose.assertClose(single.get(field), spark.get(field), key + " " + field);
      }
    }
    double first = withoutTime(lines.get(0)).get("summary").get("mu").get("mean").asDouble();
    double last = withoutTime(lines.get(199)).get("summary").get("mu").get("mean").asDouble();
    // data means 0.0 and 19.9; posterior mean = 4 * ybar / (4 + 1/100) within MC error
    assertEquals(0.0, first, 0.2);
    assertEquals(19.9 * 4 / 4.01, last, 0.2);
  }

  @Test
  void resultsDoNotDependOnPartitioning() {
    ManyPosteriors fit = fitter();
    List<String> two = fit.jsonLines(fit.fit(groups(40, "").repartition(2), "store"));
    List<String> seven = fit.jsonLines(fit.fit(groups(40, "").repartition(7), "store"));
    assertEquals(40, two.size());
    for (int i = 0; i < two.size(); i++) {
      JsonClose.assertClose(withoutTime(two.get(i)), withoutTime(seven.get(i)), "line " + i);
    }
    assertNotEquals(withoutTime(two.get(0)).get("seed"), withoutTime(two.get(1)).get("seed"));
  }

  @Test
  void aBadGroupIsAnErrorRowAndTheOthersStillRun() {
    ManyPosteriors fit = fitter();
    List<String> lines = fit.jsonLines(fit.fit(groups(20, "g005"), "store"));
    assertEquals(20, lines.size());
    JsonNode bad = GroupFitter.parse(lines.get(5));
    assertEquals("g005", bad.get("group").asText());
    assertTrue(bad.get("error").asText().contains("'abc'"), bad.toString());
    assertTrue(bad.get("summary").isEmpty());
    for (int g = 0; g < 20; g++) {
      if (g != 5) {
        assertTrue(GroupFitter.parse(lines.get(g)).get("error").isNull(), lines.get(g));
      }
    }
  }
}
