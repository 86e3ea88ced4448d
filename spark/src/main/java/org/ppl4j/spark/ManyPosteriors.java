package org.ppl4j.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * Many posteriors at once (issue 21, item 1): the same {@code .ppl} program fitted to every
 * group of a Spark {@code Dataset<Row>} — one store, patient or sensor per group — with any
 * method, by {@code groupByKey} and {@code flatMapGroups}. Each group runs on one executor
 * thread exactly as {@code ppl run} would on that group's rows written as CSV, with a seed
 * derived from the run seed and the group's key ({@link GroupSeeds}); results therefore do not
 * depend on partitioning, and a group whose run fails becomes a row with its error, never a
 * lost job.
 *
 * <pre>{@code
 * Dataset<GroupResult> fits = ManyPosteriors.of("sales.ppl", programText)
 *     .method("nuts").option("samples", "500").seed(1)
 *     .fit(spark.read().option("header", true).csv("sales.csv"), "store");
 * }</pre>
 */
public final class ManyPosteriors {
  private final String programName;
  private final String programText;
  private final String method;
  private final Map<String, String> options;
  private final long seed;

  private ManyPosteriors(String programName, String programText, String method,
      Map<String, String> options, long seed) {
    this.programName = programName;
    this.programText = programText;
    this.method = method;
    this.options = options;
    this.seed = seed;
  }

  /** The program {@code programText} (named {@code programName} in messages), default method. */
  public static ManyPosteriors of(String programName, String programText) {
    return new ManyPosteriors(Objects.requireNonNull(programName, "programName"),
        Objects.requireNonNull(programText, "programText"), null, Map.of(), 1);
  }

  /** With the method {@code name} ({@code ppl run --method}). */
  public ManyPosteriors method(String name) {
    return new ManyPosteriors(programName, programText, name, options, seed);
  }

  /** With the option {@code --key value} ({@code particles}, {@code samples}, ...). */
  public ManyPosteriors option(String key, String value) {
    if (key.equals("seed")) {
      throw new IllegalArgumentException("use seed(long): each group's seed is derived from it");
    }
    java.util.LinkedHashMap<String, String> more = new java.util.LinkedHashMap<>(options);
    more.put(key, value);
    return new ManyPosteriors(programName, programText, method, more, seed);
  }

  /** With the run seed {@code runSeed}, from which each group's seed is derived. */
  public ManyPosteriors seed(long runSeed) {
    return new ManyPosteriors(programName, programText, method, options, runSeed);
  }

  /**
   * Fits every group of {@code data}, grouped by the column {@code groupColumn}, whose other
   * columns are the program's array inputs by name (as a CSV file's columns; {@code X.1 …
   * X.k} make a matrix {@code X}).
   *
   * @return one row per group, in no particular order
   * @throws IllegalArgumentException if {@code data} has no column {@code groupColumn}
   */
  public Dataset<GroupResult> fit(Dataset<Row> data, String groupColumn) {
    List<String> columns = new ArrayList<>(Arrays.asList(data.columns()));
    if (!columns.remove(groupColumn)) {
      throw new IllegalArgumentException("no column '" + groupColumn + "' to group by; the "
          + "columns are " + String.join(", ", data.columns()));
    }
    GroupFitter fitter = new GroupFitter(new ProgramRun(programName, programText, method,
        new java.util.LinkedHashMap<>(options)), seed, columns);
    return data
        .groupByKey((MapFunction<Row, String>) row -> String.valueOf(
            (Object) row.getAs(groupColumn)), Encoders.STRING())
        .flatMapGroups((FlatMapGroupsFunction<String, Row, GroupResult>) (key, rows) ->
            Collections.singletonList(fitter.fit(key, rows)).iterator(),
            Encoders.bean(GroupResult.class));
  }

  /**
   * The JSON Lines of {@code results}, one object per group sorted by group key: {@code group},
   * then the keys of {@code ppl run --format json} (LANGUAGE.md §8), then {@code error} (null,
   * or the one-line message where that group failed).
   */
  public List<String> jsonLines(Dataset<GroupResult> results) {
    List<GroupResult> rows = new ArrayList<>(results.collectAsList());
    rows.sort((a, b) -> a.getGroup().compareTo(b.getGroup()));
    List<String> lines = new ArrayList<>(rows.size());
    for (GroupResult r : rows) {
      lines.add(r.getError() == null ? r.getJson() : GroupFitter.errorLine(r, method));
    }
    return lines;
  }
}
