package org.ppl4j.compiler.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ppl4j.compiler.types.PplType;
import org.ppl4j.semantics.value.AdRealValue;
import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.BoolValue;
import org.ppl4j.semantics.value.IntValue;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.RecordValue;
import org.ppl4j.semantics.value.StringValue;
import org.ppl4j.semantics.value.Value;

/**
 * Whether a value has a declared type (LANGUAGE.md §3), converting each {@code Int} found where
 * a {@code Real} is declared to a {@code Real}.
 */
public final class TypeCheck {
  private TypeCheck() {}

  /** The value converted to {@code type}, or empty when it does not have that type. */
  public static Optional<Value> coerce(PplType type, Value v) {
    if (type instanceof PplType.IntType) {
      return v instanceof IntValue ? Optional.of(v) : Optional.empty();
    }
    if (type instanceof PplType.RealType) {
      if (v instanceof IntValue i) {
        return Optional.of(new RealValue(i.value()));
      }
      return v instanceof RealValue || v instanceof AdRealValue ? Optional.of(v) : Optional.empty();
    }
    if (type instanceof PplType.BoolType) {
      return v instanceof BoolValue ? Optional.of(v) : Optional.empty();
    }
    if (type instanceof PplType.StringType) {
      return v instanceof StringValue ? Optional.of(v) : Optional.empty();
    }
    if (type instanceof PplType.ArrayType a) {
      if (!(v instanceof ArrayValue xs)) {
        return Optional.empty();
      }
      List<Value> out = new ArrayList<>(xs.elements().size());
      for (Value x : xs.elements()) {
        Optional<Value> c = coerce(a.element(), x);
        if (c.isEmpty()) {
          return Optional.empty();
        }
        out.add(c.get());
      }
      return Optional.of(new ArrayValue(out));
    }
    if (type instanceof PplType.RecordType r) {
      if (!(v instanceof RecordValue rec) || !rec.fields().keySet().equals(r.fields().keySet())) {
        return Optional.empty();
      }
      Map<String, Value> out = new LinkedHashMap<>();
      for (Map.Entry<String, PplType> f : r.fields().entrySet()) {
        Optional<Value> c = coerce(f.getValue(), rec.fields().get(f.getKey()));
        if (c.isEmpty()) {
          return Optional.empty();
        }
        out.put(f.getKey(), c.get());
      }
      return Optional.of(new RecordValue(out));
    }
    throw new AssertionError("unknown type " + type);
  }

  /** The type of {@code v} as the language writes it, with the element type of arrays. */
  public static String describe(Value v) {
    if (v instanceof ArrayValue a) {
      if (a.elements().isEmpty()) {
        return "an empty array";
      }
      String first = describe(a.elements().get(0));
      boolean same = a.elements().stream().allMatch(x -> describe(x).equals(first));
      return same ? first + "[]" : "a mixed array";
    }
    return v.typeName();
  }

  /** The argument checked against a parameter annotation ({@code x : Real}). */
  static Value argument(PplType type, Value v, String param, String function) {
    return coerce(type, v).orElseThrow(() -> new IllegalArgumentException(
        "argument '" + param + "' of '" + function + "' must be " + type + ", got "
            + describe(v)));
  }
}
