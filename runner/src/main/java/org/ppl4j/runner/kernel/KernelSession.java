package org.ppl4j.runner.kernel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ppl4j.runner.UserError;
import org.ppl4j.runner.output.ComparisonWriter;
import org.ppl4j.runner.predict.LooReport;
import org.ppl4j.runner.predict.ModelComparison;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.value.Value;

/**
 * The state a {@code .ppl} notebook carries from cell to cell: the inference method with its
 * options, and the data inputs bound so far. Changed by line magics:
 *
 * <ul>
 *   <li>{@code %method NAME [--particles N] [--samples N] [--seed S] ...}: the method and
 *       options of the next runs (as {@code ppl run} takes them);
 *   <li>{@code %data NAME = VALUE}: binds data input NAME to a JSON value written inline
 *       ({@code [true, false]}, {@code 3.5}, {@code {"a": 1}}) or read from a JSON file (the
 *       file's member NAME when it is an object holding one, else the whole file);
 *   <li>{@code %data FILE.json}: binds every member of a JSON object file;
 *   <li>{@code %compare}: compares every cell run so far with {@code --loo} by PSIS-LOO, as
 *       {@code ppl compare} does.
 * </ul>
 *
 * <p>Relative file names are resolved against the kernel's working directory (the notebook's
 * folder when started by Jupyter).
 */
public final class KernelSession {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path workingDirectory;
  private final CellRunner runner;
  private List<String> methodArgs = List.of();
  private final ObjectNode data = JSON.createObjectNode();
  /** The PSIS-LOO of each cell run with {@code --loo}, by cell name, for {@code %compare}. */
  private final Map<String, LooReport> loos = new LinkedHashMap<>();

  /**
   * A session with the default method and no data, reading files relative to the current
   * directory and running programs with {@link NotebookRunner}.
   */
  public KernelSession() {
    this(Path.of("").toAbsolutePath(), new NotebookRunner());
  }

  /** A session reading files relative to {@code workingDirectory} and running cells with {@code runner}. */
  public KernelSession(Path workingDirectory, CellRunner runner) {
    this.workingDirectory = workingDirectory;
    this.runner = runner;
  }

  /** The method arguments set by the last {@code %method} (empty: the default method). */
  public List<String> methodArgs() {
    return methodArgs;
  }

  /** The data bound so far, as a JSON object keyed by input name (a copy). */
  public ObjectNode data() {
    return data.deepCopy();
  }

  /**
   * Applies one magic line (without its {@code %}) and returns a one-line confirmation.
   *
   * @throws PplError for an unknown magic or a malformed one, naming what was wrong
   */
  public String applyMagic(String line) throws PplError {
    String[] words = line.strip().split("\\s+", 2);
    String rest = words.length > 1 ? words[1].strip() : "";
    switch (words[0]) {
      case "method":
        return method(rest);
      case "data":
        return data(rest);
      case "compare":
        return compare(rest);
      default:
        throw new PplError("unknown magic '%" + words[0] + "' (known: %method, %data,"
            + " %compare)");
    }
  }

  private String method(String rest) throws PplError {
    if (rest.isEmpty()) {
      throw new PplError("%method needs a method name, e.g. '%method smc --particles 1000'");
    }
    List<String> args = new ArrayList<>(Arrays.asList(rest.split("\\s+")));
    runner.check(RunSettings.parse(args));
    methodArgs = List.copyOf(args);
    return "method: " + String.join(" ", args);
  }

  private String data(String rest) throws PplError {
    int eq = rest.indexOf('=');
    if (eq < 0) {
      if (rest.isEmpty()) {
        throw new PplError("%data needs 'NAME = VALUE' or a JSON file name");
      }
      JsonNode file = readJsonFile(rest);
      if (!file.isObject()) {
        throw new PplError("data file '" + rest + "' must hold a JSON object keyed by input names");
      }
      data.setAll((ObjectNode) file);
      List<String> names = new ArrayList<>();
      file.fieldNames().forEachRemaining(names::add);
      return "data: " + String.join(", ", names) + " from " + rest;
    }
    String name = rest.substring(0, eq).strip();
    String value = rest.substring(eq + 1).strip();
    if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      throw new PplError("'" + name + "' is not a data input name");
    }
    if (value.isEmpty()) {
      throw new PplError("%data " + name + " = needs a JSON value or a file name");
    }
    JsonNode node = looksLikeJson(value) ? parseInline(name, value) : fromFile(name, value);
    data.set(name, node);
    return "data: " + name + " = " + describe(node);
  }

  private static boolean looksLikeJson(String value) {
    char c = value.charAt(0);
    return c == '[' || c == '{' || c == '"' || c == '-' || Character.isDigit(c)
        || value.equals("true") || value.equals("false");
  }

  private static JsonNode parseInline(String name, String value) throws PplError {
    try {
      return JSON.readTree(value);
    } catch (JsonProcessingException e) {
      throw new PplError("%data " + name + ": not a JSON value: "
          + e.getOriginalMessage().split("\n")[0]);
    }
  }

  private JsonNode fromFile(String name, String file) throws PplError {
    JsonNode node = readJsonFile(file);
    return node.isObject() && node.has(name) ? node.get(name) : node;
  }

  private JsonNode readJsonFile(String file) throws PplError {
    if (file.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
      throw new PplError("%data reads JSON files; for '" + file + "' use ppl run --data, or "
          + "write the columns as a JSON object");
    }
    Path path = workingDirectory.resolve(file);
    try {
      return JSON.readTree(Files.readString(path));
    } catch (JsonProcessingException e) {
      throw new PplError("data file '" + file + "' is not valid JSON: "
          + e.getOriginalMessage().split("\n")[0]);
    } catch (IOException e) {
      throw new PplError("cannot read data file '" + file + "' (looked for " + path + ")");
    }
  }

  private static String describe(JsonNode node) {
    if (node.isArray()) {
      return "array of " + node.size();
    }
    String text = node.toString();
    return text.length() > 40 ? text.substring(0, 37) + "..." : text;
  }

  /**
   * Runs a program with the session's method and data.
   *
   * @param cellName the name diagnostics give the cell, e.g. {@code cell[3]}
   * @throws PplError for any error in the program, its data or the run
   */
  public Posterior<Value> run(String cellName, String program) throws PplError {
    return runner.run(cellName, program, RunSettings.parse(methodArgs), data());
  }

  /**
   * Runs a program as {@link #run} does, also giving the {@code --predict} and {@code --loo}
   * sections; a run with {@code --loo} is remembered for {@code %compare} under
   * {@code cellName}.
   *
   * @throws PplError for any error in the program, its data or the run
   */
  public CellOutcome runCell(String cellName, String program) throws PplError {
    CellOutcome outcome = runner.runCell(cellName, program, RunSettings.parse(methodArgs),
        data());
    outcome.loo().ifPresent(loo -> loos.put(cellName, loo));
    return outcome;
  }

  private String compare(String rest) throws PplError {
    if (!rest.isEmpty()) {
      throw new PplError("%compare takes no arguments: it compares every cell run with --loo");
    }
    if (loos.size() < 2) {
      throw new PplError("%compare needs two or more cells run with --loo (e.g. after"
          + " '%method nuts --loo'); so far: " + (loos.isEmpty() ? "none"
              : String.join(", ", loos.keySet())));
    }
    try {
      return ComparisonWriter.table(ModelComparison.of(new ArrayList<>(loos.keySet()),
          new ArrayList<>(loos.values())));
    } catch (UserError e) {
      throw PplError.of(e);
    }
  }
}
