package org.ppl4j.compiler.types;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A type as the language writes it in {@code data} declarations and parameter annotations
 * (LANGUAGE.md §3): {@code Int}, {@code Real}, {@code Bool}, {@code String}, {@code T[]},
 * {@code {a: T, b: U}}. {@link #toString()} prints it in the language's syntax.
 */
public sealed interface PplType {

  /** {@code Int}. */
  record IntType() implements PplType {
    @Override
    public String toString() {
      return "Int";
    }
  }

  /** {@code Real}; an {@code Int} is accepted where a {@code Real} is expected. */
  record RealType() implements PplType {
    @Override
    public String toString() {
      return "Real";
    }
  }

  /** {@code Bool}. */
  record BoolType() implements PplType {
    @Override
    public String toString() {
      return "Bool";
    }
  }

  /** {@code String}. */
  record StringType() implements PplType {
    @Override
    public String toString() {
      return "String";
    }
  }

  /** {@code T[]}. */
  record ArrayType(PplType element) implements PplType {
    public ArrayType {
      Objects.requireNonNull(element, "element");
    }

    @Override
    public String toString() {
      return element + "[]";
    }
  }

  /** {@code {a: T, b: U}}, fields in written order. */
  record RecordType(Map<String, PplType> fields) implements PplType {
    public RecordType {
      fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    @Override
    public String toString() {
      return fields.entrySet().stream()
          .map(e -> e.getKey() + ": " + e.getValue())
          .collect(Collectors.joining(", ", "{", "}"));
    }
  }

  /** The shared {@code Int}. */
  PplType INT = new IntType();
  /** The shared {@code Real}. */
  PplType REAL = new RealType();
  /** The shared {@code Bool}. */
  PplType BOOL = new BoolType();
  /** The shared {@code String}. */
  PplType STRING = new StringType();

  /** {@code element[]}. */
  static PplType arrayOf(PplType element) {
    return new ArrayType(element);
  }

}
