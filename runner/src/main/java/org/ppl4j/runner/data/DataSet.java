package org.ppl4j.runner.data;

import java.util.List;
import java.util.Map;
import org.ppl4j.semantics.value.Value;

/**
 * The values of a program's data inputs, checked against their declared types, and the
 * warnings loading them produced (undeclared names in the file), one line each.
 *
 * @param values the declared inputs by name
 * @param warnings one line per undeclared name that nothing reads
 * @param extras undeclared names a method asked for (see {@link DataLoader}), read as numbers
 */
public record DataSet(Map<String, Value> values, List<String> warnings,
    Map<String, Value> extras) {
  public DataSet {
    values = Map.copyOf(values);
    warnings = List.copyOf(warnings);
    extras = Map.copyOf(extras);
  }

  /** A data set without extras. */
  public DataSet(Map<String, Value> values, List<String> warnings) {
    this(values, warnings, Map.of());
  }
}
