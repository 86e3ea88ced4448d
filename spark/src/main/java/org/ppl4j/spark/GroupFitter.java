package org.ppl4j.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.sql.Row;
import org.ppl4j.runner.UserError;
import org.ppl4j.runner.output.JsonReportWriter;
import org.ppl4j.runner.pipeline.DataSource;
import org.ppl4j.runner.pipeline.RunResult;

/**
 * Fits one {@code .ppl} program to one group's rows: the rows become the text of a CSV file
 * (a header of the data columns, one line per row, cells as Spark renders them), which goes
 * through the same run pipeline as {@code ppl run FILE --data GROUP.csv --seed S --format json}
 * with S the group's seed ({@link GroupSeeds}). So a group's result is exactly what
 * {@code ppl run} gives on that group's data written as CSV, and a bad group (data that does not
 * fit the program, zero weight) becomes an error row instead of failing the job. Serializable:
 * Spark ships it to the executors; each call builds its own pipeline.
 */
public final class GroupFitter implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final JsonMapper JSON = new JsonMapper();

  private final ProgramRun program;
  private final long runSeed;
  private final String[] columns;

  /**
   * A fitter.
   *
   * @param program the program, method and options
   * @param runSeed the run's seed, from which each group's is derived
   * @param columns the data columns, in order (the group column excluded)
   */
  public GroupFitter(ProgramRun program, long runSeed, List<String> columns) {
    this.program = program;
    this.runSeed = runSeed;
    this.columns = columns.toArray(new String[0]);
  }

  /** The fit of group {@code key} to its {@code rows}. */
  public GroupResult fit(String key, Iterator<Row> rows) {
    long seed = GroupSeeds.of(runSeed, key);
    return fit(key, seed, csv(rows));
  }

  /**
   * The fit of group {@code key} to its rows given as the text of a CSV file (with a header of
   * the data columns), as {@link #fit(String, Iterator)} fits the rows it writes that way.
   */
  public GroupResult fitText(String key, String csv) {
    return fit(key, GroupSeeds.of(runSeed, key), csv);
  }

  private GroupResult fit(String key, long seed, String csv) {
    List<String> warnings = new ArrayList<>();
    try {
      RunResult result = program.run(new DataSource.Text("group-" + key + ".csv", csv), seed,
          warnings::add);
      ObjectNode report = (ObjectNode) JSON.readTree(JsonReportWriter.write(result.report()));
      return new GroupResult(key, seed, line(key, report, warnings, null), null);
    } catch (UserError e) {
      String message = e instanceof UserError.Located
          ? e.render().lines().findFirst().orElse(e.getMessage()) : e.getMessage();
      return new GroupResult(key, seed, null, message);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException | StackOverflowError e) {
      return new GroupResult(key, seed, null, "internal error: " + e);
    }
  }

  /**
   * The JSON Lines object of a group: {@code group} first, then the report's keys (LANGUAGE.md
   * §8), the pipeline's own warnings added to the report's, and {@code error}.
   */
  static String line(String key, ObjectNode report, List<String> extraWarnings, String error) {
    ObjectNode out = JSON.createObjectNode();
    out.put("group", key);
    out.setAll(report);
    ArrayNode warnings = out.has("warnings") ? (ArrayNode) out.get("warnings")
        : out.putArray("warnings");
    extraWarnings.forEach(warnings::add);
    if (error == null) {
      out.putNull("error");
    } else {
      out.put("error", error);
    }
    try {
      return JSON.writeValueAsString(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JSON Lines object of a failed group. */
  static String errorLine(GroupResult failed, String method) {
    ObjectNode report = JSON.createObjectNode();
    if (method == null) {
      report.putNull("method");
    } else {
      report.put("method", method);
    }
    report.put("seed", failed.getSeed());
    report.putNull("log_evidence");
    report.putObject("summary");
    report.putArray("warnings");
    return line(failed.getGroup(), report, List.of(), failed.getError());
  }

  /** The parsed JSON of a line. */
  static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String csv(Iterator<Row> rows) {
    StringWriter text = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(text,
        CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
      printer.printRecord((Object[]) columns);
      while (rows.hasNext()) {
        Row row = rows.next();
        List<String> cells = new ArrayList<>(columns.length);
        for (String column : columns) {
          Object cell = row.getAs(column);
          cells.add(cell == null ? "" : cell.toString());
        }
        printer.printRecord(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }
}
