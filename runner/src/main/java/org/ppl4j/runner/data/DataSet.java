package org.ppl4j.runner.data;

import java.util.List;
import java.util.Map;
import org.ppl4j.semantics.value.Value;

/**
 * The values of a program's data inputs, checked against their declared types, and the
 * warnings loading them produced (undeclared names in the file), one line each.
 */
public record DataSet(Map<String, Value> values, List<String> warnings) {
  public DataSet {
    values = Map.copyOf(values);
    warnings = List.copyOf(warnings);
  }
}
