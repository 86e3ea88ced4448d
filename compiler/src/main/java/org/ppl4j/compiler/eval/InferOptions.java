package org.ppl4j.compiler.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ppl4j.compiler.check.Suggestions;
import org.ppl4j.semantics.nested.NestedMethod;
import org.ppl4j.semantics.nested.NestedMethods;
import org.ppl4j.semantics.value.IntValue;
import org.ppl4j.semantics.value.RecordValue;
import org.ppl4j.semantics.value.StringValue;
import org.ppl4j.semantics.value.Value;

/**
 * The options record of {@code infer(f, options)}, validated: the method (a name the registry
 * knows, default {@code enumerate}) and the counts it reads ({@code particles},
 * {@code samples}), each an Int {@code >= 1}. Every fault is named: an unknown method or
 * option with the nearest correct name, a value of the wrong type or range.
 *
 * @param method the inner method
 * @param counts the method's options as given
 */
record InferOptions(NestedMethod method, Map<String, Integer> counts) {

  /** The default: exact enumeration. */
  static InferOptions defaults() {
    return new InferOptions(NestedMethods.enumerate(), Map.of());
  }

  /**
   * Parses {@code infer}'s second argument.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  static InferOptions parse(Value options) {
    if (!(options instanceof RecordValue record)) {
      throw new IllegalArgumentException("'infer' expects its options as a record such as"
          + " {method: \"smc\", particles: 1000}, got " + TypeCheck.describe(options));
    }
    NestedMethod method = NestedMethods.enumerate();
    Value name = record.fields().get("method");
    if (name != null) {
      if (!(name instanceof StringValue s)) {
        throw new IllegalArgumentException("the option 'method' of 'infer' must be a String such"
            + " as \"enumerate\", got " + TypeCheck.describe(name));
      }
      method = method(s.value());
    }
    List<String> allowed = new ArrayList<>(List.of("method"));
    allowed.addAll(method.optionNames());
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Map.Entry<String, Value> e : record.fields().entrySet()) {
      String option = e.getKey();
      if (!allowed.contains(option)) {
        throw new IllegalArgumentException("unknown option '" + option + "' of 'infer' with"
            + " method '" + method.name() + "'" + Suggestions.hint(option, allowed)
            + "; its options are " + String.join(", ", allowed));
      }
      if (!option.equals("method")) {
        counts.put(option, count(option, e.getValue()));
      }
    }
    return new InferOptions(method, counts);
  }

  private static NestedMethod method(String name) {
    return NestedMethods.byName(name).orElseThrow(() -> new IllegalArgumentException(
        NestedMethods.KNOWN.contains(name)
            ? "the inference method '" + name + "' is not available to 'infer' here (it comes"
                + " with the inference module, which is not on the class path)"
            : "unknown inference method '" + name + "' for 'infer'"
                + Suggestions.hint(name, NestedMethods.KNOWN) + "; the methods are "
                + String.join(", ", NestedMethods.KNOWN)));
  }

  private static int count(String option, Value v) {
    if (v instanceof IntValue i && i.value() >= 1 && i.value() <= 100_000_000) {
      return (int) i.value();
    }
    throw new IllegalArgumentException("the option '" + option + "' of 'infer' must be an Int"
        + " from 1 to 100000000, got " + (v instanceof IntValue i ? String.valueOf(i.value())
            : TypeCheck.describe(v)));
  }
}
