package org.ppl4j.compiler.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.Value;

/**
 * The builtin names of LANGUAGE.md §6: functions (math, arrays, higher-order, stochastic,
 * distribution constructors) and constants ({@code pi}, {@code inf}). User bindings shadow them.
 */
public final class Builtins {
  private static final Map<String, Builtin> FUNCTIONS;
  private static final Map<String, Value> CONSTANTS = Map.of(
      "pi", new RealValue(Math.PI), "inf", new RealValue(Double.POSITIVE_INFINITY));

  static {
    Map<String, Builtin> all = new LinkedHashMap<>();
    MathBuiltins.register(all);
    ArrayBuiltins.register(all);
    HigherOrderBuiltins.register(all);
    StochasticBuiltins.register(all);
    LinearAlgebraBuiltins.register(all);
    StatisticsBuiltins.register(all);
    SpecialFunctionBuiltins.register(all);
    UserErrorBuiltin.register(all);
    DistributionBuiltins.register(all);
    InferenceBuiltins.register(all);
    FUNCTIONS = Collections.unmodifiableMap(all);
  }

  private Builtins() {}

  /** The builtin function called {@code name}, if any. */
  public static Optional<Builtin> function(String name) {
    return Optional.ofNullable(FUNCTIONS.get(name));
  }

  /** The builtin constant called {@code name}, if any. */
  public static Optional<Value> constant(String name) {
    return Optional.ofNullable(CONSTANTS.get(name));
  }

  /** Every builtin name (functions and constants). */
  public static Set<String> names() {
    java.util.Set<String> names = new java.util.TreeSet<>(FUNCTIONS.keySet());
    names.addAll(CONSTANTS.keySet());
    return Collections.unmodifiableSet(names);
  }

  static void add(Map<String, Builtin> table, Builtin b) {
    if (table.put(b.name(), b) != null) {
      throw new AssertionError("builtin defined twice: " + b.name());
    }
  }
}
