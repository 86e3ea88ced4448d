package org.ppl4j.semantics.value;

/**
 * A run-time value of the {@code .ppl} language (LANGUAGE.md §3–4): reals, integers, booleans,
 * strings, arrays, records, functions (closures and builtins) and distributions, and what a host
 * attaches to a result ({@link HostValue}). Values are immutable.
 */
public sealed interface Value
    permits RealValue, IntValue, BoolValue, StringValue, ArrayValue, RecordValue,
        FunctionValue, DistributionValue, UnitValue, AdRealValue, HostValue {

  /** The name of this value's type as the language writes it ({@code Real}, {@code Int[]}…). */
  String typeName();
}
