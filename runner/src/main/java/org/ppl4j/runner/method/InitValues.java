package org.ppl4j.runner.method;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ppl4j.runner.UserError;
import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.Value;

/**
 * Initial values given by name ({@code --init FILE.json} or {@code --init '{...}'}), as Stan's
 * init file: a JSON object whose keys are names of draws ({@code x ~ D}, {@code let x =
 * sample(D)}) and whose values are on the draws' constrained scale: a number for a scalar
 * draw, an array (nested for nested arrays) for an array draw, and for a name drawn k &gt; 1
 * times per run an array of its k values in draw order. Only the syntax is checked here (JSON,
 * numbers and arrays of them, finite); the names, shapes and supports are checked against the
 * program by {@link NamedInitialPoint}. Every problem is a {@link UserError} (exit 1) that names
 * {@code --init}, the file, and where it can the key path ({@code $.sigma}, {@code $.z[2]}).
 *
 * @param label how messages name the values: {@code --init init.json}, or {@code --init} for
 *     inline text
 * @param origin the file's path, or the inline text on one line (for CmdStan's {@code init = })
 * @param values each key's value, in the object's order: {@link RealValue}s and
 *     {@link ArrayValue}s of them
 */
public record InitValues(String label, String origin, Map<String, Value> values) {
  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  /** Copies the values, keeping their order. */
  public InitValues {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(origin, "origin");
    values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /**
   * The values written {@code text}: inline JSON when it starts with <code>{</code>, else the
   * path of a JSON file.
   *
   * @throws UserError when the file cannot be read, the JSON is malformed (with its line and
   *     column), is not an object, or holds something other than numbers and arrays of them
   */
  public static InitValues read(String text) {
    String stripped = text.strip();
    if (stripped.startsWith("{")) {
      return parse("--init", stripped.replaceAll("\\s+", " "), stripped);
    }
    String label = "--init " + stripped;
    Path file = Path.of(stripped);
    if (!Files.isRegularFile(file)) {
      throw new UserError(label + ": no such file; --init takes a radius R >= 0 (initial"
          + " values uniform on (-R, R) on the unconstrained scale), a JSON file of initial"
          + " values by name, or a JSON object");
    }
    try {
      return parse(label, stripped, Files.readString(file));
    } catch (IOException e) {
      throw new UserError(label + ": cannot read the file");
    }
  }

  /**
   * The values in JSON {@code text}; {@code label} names them in messages, {@code origin} is
   * where they came from.
   */
  static InitValues parse(String label, String origin, String text) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null || at.getLineNr() < 1 ? ""
          : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new UserError(label + ": not valid JSON" + where + ": "
          + plain(e.getOriginalMessage()));
    }
    if (root == null || root.isMissingNode() || !root.isObject()) {
      throw new UserError(label + ": must hold a JSON object whose keys are names of draws,"
          + " e.g. {\"mu\": 0.5, \"sigma\": 1}, found "
          + (root == null || root.isMissingNode() ? "nothing" : describe(root)));
    }
    Map<String, Value> values = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      values.put(e.getKey(), value(label, e.getValue(), "$." + e.getKey()));
    }
    return new InitValues(label, origin, values);
  }

  /** The error at {@code path} of these values: {@code --init F: at $.x: message}. */
  UserError at(String path, String message) {
    return new UserError(label + ": at " + path + ": " + message);
  }

  private static Value value(String label, JsonNode node, String path) {
    if (node.isNumber()) {
      double x = node.doubleValue();
      if (!Double.isFinite(x)) {
        throw new UserError(label + ": at " + path + ": " + node.asText()
            + " is too large for a number (beyond 1.8e308)");
      }
      return new RealValue(x);
    }
    if (node.isArray()) {
      List<Value> elements = new ArrayList<>(node.size());
      for (int i = 0; i < node.size(); i++) {
        elements.add(value(label, node.get(i), path + "[" + i + "]"));
      }
      return new ArrayValue(elements);
    }
    throw new UserError(label + ": at " + path + ": expected a number or an array of numbers,"
        + " got " + describe(node));
  }

  private static String describe(JsonNode node) {
    if (node.isBoolean()) {
      return "a Bool (" + node.asText() + ")";
    } else if (node.isTextual()) {
      return "a string (\"" + node.textValue() + "\")";
    } else if (node.isNull()) {
      return "null";
    } else if (node.isObject()) {
      return "an object";
    } else if (node.isArray()) {
      return "an array";
    }
    return "a number";
  }

  /** A parser's message on one line, without its hints about parser settings. */
  private static String plain(String message) {
    String out = message.strip();
    for (String cut : new String[] {": enable `", " at [Source", "\n", " (for input source"}) {
      int at = out.indexOf(cut);
      if (at > 0) {
        out = out.substring(0, at);
      }
    }
    return out.length() > 1 && Character.isUpperCase(out.charAt(0))
        && Character.isLowerCase(out.charAt(1))
        ? Character.toLowerCase(out.charAt(0)) + out.substring(1) : out;
  }
}
