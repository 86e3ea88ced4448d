package org.ppl4j.runner.data;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ppl4j.compiler.diagnostics.SourceSpan;
import org.ppl4j.runner.UserError;

/**
 * Parses a data file's text into {@link RawData}: a JSON object (duplicate keys refused), or a
 * CSV file with a header row (RFC 4180 quoting; every row as long as the header). The format
 * follows the file name's extension, {@code .json} or {@code .csv}. A syntax error with a
 * place in the file is a {@link UserError.Located} at that place (with the file's text, for
 * the quoted line).
 */
final class DataFileParser {
  private DataFileParser() {}

  /**
   * The parsed file.
   *
   * @param fileName the name used in messages; its extension picks the format
   * @throws UserError if the format is unknown or the text is malformed
   */
  static RawData parse(String fileName, String text) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".json")) {
      return parseJson(fileName, text);
    } else if (lower.endsWith(".csv")) {
      return parseCsv(fileName, text);
    }
    throw new UserError("data file '" + fileName + "' must end in .json or .csv");
  }

  private static RawData parseJson(String fileName, String text) {
    JsonNode root;
    try {
      root = JsonTreeReader.read(text);
    } catch (JsonProcessingException e) {
      String what = "not valid JSON: " + ParserMessages.json(e.getOriginalMessage());
      JsonLocation at = e.getLocation();
      if (at == null || at.getLineNr() < 1) {
        throw new UserError("data file '" + fileName + "' is " + what);
      }
      int token = ParserMessages.nonNumericLength(e.getOriginalMessage());
      int column = at.getColumnNr() - token >= 1 ? at.getColumnNr() - token : at.getColumnNr();
      throw located(fileName, text, at.getLineNr(), Math.max(1, column), Math.max(1, token),
          what);
    }
    if (root == null || root.isMissingNode()) {
      throw new UserError("data file '" + fileName + "' is empty; it must hold a JSON object "
          + "whose keys are the data names");
    }
    if (!root.isObject()) {
      throw new UserError("data file '" + fileName + "' must hold a JSON object whose keys are "
          + "the data names, found " + (root == null ? "nothing" : JsonValueReader.describe(root)));
    }
    Map<String, JsonNode> members = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      members.put(e.getKey(), e.getValue());
    }
    return new RawData.Json(members);
  }

  private static RawData parseCsv(String fileName, String text) {
    CSVFormat format = CSVFormat.RFC4180.builder()
        .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
    try (Reader reader = new StringReader(text); CSVParser parser = format.parse(reader)) {
      List<String> header = parser.getHeaderNames();
      if (header.isEmpty()) {
        throw new UserError("data file '" + fileName + "' has no header row");
      }
      Map<String, List<String>> columns = new LinkedHashMap<>();
      for (String name : header) {
        String trimmed = name.strip();
        if (trimmed.isEmpty()) {
          throw new UserError("data file '" + fileName + "' has a column with an empty name");
        }
        if (columns.put(trimmed, new ArrayList<>()) != null) {
          throw new UserError("data file '" + fileName + "' has two columns named '" + trimmed + "'");
        }
      }
      List<String> names = new ArrayList<>(columns.keySet());
      for (CSVRecord row : parser) {
        if (row.size() != names.size()) {
          int line = lineAt(text, row.getCharacterPosition());
          throw located(fileName, text, line, 1, Integer.MAX_VALUE,
              "the row has " + row.size() + (row.size() == 1 ? " cell" : " cells")
                  + ", the header " + names.size());
        }
        for (int i = 0; i < names.size(); i++) {
          columns.get(names.get(i)).add(row.get(i));
        }
      }
      return new RawData.Csv(columns);
    } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException
        | IllegalStateException e) {
      Throwable cause = e instanceof java.io.UncheckedIOException u && u.getCause() != null
          ? u.getCause() : e;
      String message = String.valueOf(cause.getMessage());
      String what = "not valid CSV: " + ParserMessages.csv(message);
      OptionalInt line = ParserMessages.csvLine(message);
      if (line.isPresent() && line.getAsInt() >= 1) {
        throw located(fileName, text, line.getAsInt(), 1, Integer.MAX_VALUE, what);
      }
      throw new UserError("data file '" + fileName + "' is " + what);
    }
  }

  private static UserError.Located located(String fileName, String text, int line, int column,
      int length, String message) {
    return UserError.at(new SourceSpan(fileName, line, column, length), message, text);
  }

  /** The line (from 1) of character {@code offset} of {@code text}. */
  private static int lineAt(String text, long offset) {
    int line = 1;
    for (int i = 0; i < Math.min(offset, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
