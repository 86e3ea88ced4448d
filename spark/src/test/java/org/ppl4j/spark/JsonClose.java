package org.ppl4j.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Compares two JSON reports: equal structure, strings and integers; doubles equal to 1e-12
 * relative. Two runs of one seed make the same draws, but the JIT may compile {@code Math.exp}
 * and {@code Math.log} differently in a warm JVM than in a cold one, which moves a sum of
 * hundreds of terms by an ulp or two (seen: -6.793286059485667 vs -6.793286059485668).
 */
final class JsonClose {
  private JsonClose() {}

  static void assertClose(JsonNode expected, JsonNode actual, String where) {
    if (expected.isDouble() || actual.isDouble()) {
      double e = expected.asDouble();
      double a = actual.asDouble();
      assertTrue(Math.abs(e - a) <= 1e-12 * Math.max(1, Math.abs(e)),
          where + ": " + e + " vs " + a);
      return;
    }
    assertEquals(expected.getNodeType(), actual.getNodeType(), where);
    if (expected.isObject()) {
      assertEquals(iterable(expected.fieldNames()), iterable(actual.fieldNames()), where);
      for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        assertClose(e.getValue(), actual.get(e.getKey()), where + "." + e.getKey());
      }
    } else if (expected.isArray()) {
      assertEquals(expected.size(), actual.size(), where);
      for (int i = 0; i < expected.size(); i++) {
        assertClose(expected.get(i), actual.get(i), where + "[" + i + "]");
      }
    } else {
      assertEquals(expected, actual, where);
    }
  }

  private static java.util.List<String> iterable(Iterator<String> names) {
    java.util.List<String> out = new java.util.ArrayList<>();
    names.forEachRemaining(out::add);
    return out;
  }
}
