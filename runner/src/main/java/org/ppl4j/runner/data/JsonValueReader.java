package org.ppl4j.runner.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ppl4j.compiler.types.PplType;
import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.BoolValue;
import org.ppl4j.semantics.value.IntValue;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.RecordValue;
import org.ppl4j.semantics.value.StringValue;
import org.ppl4j.semantics.value.Value;

/**
 * Reads a JSON value as a value of a declared {@link PplType}: numbers as {@code Int} (integral
 * only) or {@code Real} (an integer is accepted), {@code true}/{@code false} as {@code Bool},
 * strings, arrays (a {@code Real[][]} is an array of rows) and objects with exactly the
 * record's fields.
 */
final class JsonValueReader {
  private JsonValueReader() {}

  /**
   * The value of {@code node} as {@code type}.
   *
   * @param path where {@code node} sits, for messages ({@code flips}, {@code flips[3]})
   * @throws DataMismatch naming what was found and where
   */
  static Value read(JsonNode node, PplType type, String path) throws DataMismatch {
    if (type instanceof PplType.IntType) {
      return new IntValue(readInt(node, path));
    } else if (type instanceof PplType.RealType) {
      if (!node.isNumber()) {
        throw new DataMismatch(describe(node), path);
      }
      double d = node.doubleValue();
      if (Double.isInfinite(d)) {
        throw new DataMismatch("a number too large for a Real (beyond 1.8e308)", path);
      }
      return new RealValue(d);
    } else if (type instanceof PplType.BoolType) {
      if (!node.isBoolean()) {
        throw new DataMismatch(describe(node), path);
      }
      return BoolValue.of(node.booleanValue());
    } else if (type instanceof PplType.StringType) {
      if (!node.isTextual()) {
        throw new DataMismatch(describe(node), path);
      }
      return new StringValue(node.textValue());
    } else if (type instanceof PplType.ArrayType array) {
      if (!node.isArray()) {
        throw new DataMismatch(describe(node), path);
      }
      List<Value> elements = new ArrayList<>(node.size());
      for (int i = 0; i < node.size(); i++) {
        elements.add(read(node.get(i), array.element(), path + "[" + i + "]"));
      }
      return new ArrayValue(elements);
    } else if (type instanceof PplType.RecordType record) {
      return readRecord(node, record, path);
    }
    throw new AssertionError("unhandled type " + type);
  }

  private static long readInt(JsonNode node, String path) throws DataMismatch {
    if (node.isIntegralNumber()) {
      if (!node.canConvertToLong()) {
        throw new DataMismatch("an integer too large for Int (" + node.asText() + ")", path);
      }
      return node.longValue();
    }
    if (node.isNumber()) {
      double d = node.doubleValue();
      if (Double.isInfinite(d)) {
        throw new DataMismatch("a number too large for an Int", path);
      }
      if (d == Math.rint(d) && Math.abs(d) < 0x1p63) {
        return (long) d;
      }
      throw new DataMismatch("the non-integer number " + node.asText(), path);
    }
    throw new DataMismatch(describe(node), path);
  }

  private static Value readRecord(JsonNode node, PplType.RecordType record, String path)
      throws DataMismatch {
    if (!node.isObject()) {
      throw new DataMismatch(describe(node), path);
    }
    Map<String, Value> fields = new LinkedHashMap<>();
    for (Map.Entry<String, PplType> field : record.fields().entrySet()) {
      JsonNode child = node.get(field.getKey());
      if (child == null) {
        throw new DataMismatch("an object without field '" + field.getKey() + "'", path);
      }
      fields.put(field.getKey(), read(child, field.getValue(), path + "." + field.getKey()));
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!record.fields().containsKey(name)) {
        throw new DataMismatch("an object with the undeclared field '" + name + "'", path);
      }
    }
    return new RecordValue(fields);
  }

  /** What a JSON value is, in a user's words: "a number", "a string", "an array", ... */
  static String describe(JsonNode node) {
    if (node.isNumber()) {
      return "a number";
    } else if (node.isBoolean()) {
      return "a Bool";
    } else if (node.isTextual()) {
      return "a string";
    } else if (node.isArray()) {
      return "an array";
    } else if (node.isObject()) {
      return "an object";
    } else if (node.isNull()) {
      return "null";
    }
    return "a value of another kind";
  }
}
