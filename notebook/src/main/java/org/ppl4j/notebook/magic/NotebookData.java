package org.ppl4j.notebook.magic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Optional;
import org.ppl4j.runner.kernel.PplError;

/**
 * Turns the value of a notebook variable named by {@code %%ppl --data NAME} into the JSON
 * object a program's data inputs are read from: a {@code Map} from input names to values
 * (numbers, booleans, strings, lists, arrays, nested maps), or a {@code String} of JSON text.
 */
final class NotebookData {

  private static final ObjectMapper JSON = new ObjectMapper();

  private NotebookData() {}

  static JsonNode toJson(String variable, Optional<Object> evaluated) throws PplError {
    if (evaluated.isEmpty()) {
      throw notData(variable, "null");
    }
    Object value = evaluated.get();
    JsonNode node;
    if (value instanceof Map<?, ?> map) {
      try {
        node = JSON.valueToTree(map);
      } catch (IllegalArgumentException e) {
        throw new PplError("--data " + variable + ": a value of the map cannot be read as data ("
            + e.getMessage().split("\n")[0] + ")");
      }
    } else if (value instanceof String text) {
      try {
        node = JSON.readTree(text);
      } catch (JsonProcessingException e) {
        throw new PplError("--data " + variable + ": the string is not JSON: "
            + e.getOriginalMessage().split("\n")[0]);
      }
    } else {
      throw notData(variable, "a " + value.getClass().getSimpleName());
    }
    if (!node.isObject()) {
      throw new PplError("--data " + variable + " must map data input names to values");
    }
    return node;
  }

  private static PplError notData(String variable, String got) {
    return new PplError("--data " + variable + " must be a Map of input names to values or a "
        + "JSON string, got " + got);
  }
}
