package org.ppl4j.runner.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ppl4j.compiler.types.PplType;
import org.ppl4j.semantics.value.Value;

/**
 * A data file parsed but not yet typed: the names it holds and, per name, a way to read the
 * value as a declared type. One implementation per file format.
 */
sealed interface RawData permits RawData.Json, RawData.Csv {

  /** The names the file binds, in file order. */
  Set<String> names();

  /** The value bound to {@code name} (one of {@link #names()}) read as {@code type}. */
  Value read(String name, PplType type) throws DataMismatch;

  /** A JSON object's members. */
  record Json(Map<String, JsonNode> members) implements RawData {
    public Json {
      members = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(members));
    }

    @Override
    public Set<String> names() {
      return members.keySet();
    }

    @Override
    public Value read(String name, PplType type) throws DataMismatch {
      return JsonValueReader.read(members.get(name), type, name);
    }
  }

  /** A CSV file's columns by header, each a list of cells; {@code firstDataLine} is 2. */
  record Csv(Map<String, List<String>> columns) implements RawData {
    public Csv {
      columns = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(columns));
    }

    @Override
    public Set<String> names() {
      return columns.keySet();
    }

    @Override
    public Value read(String name, PplType type) throws DataMismatch {
      if (!(type instanceof PplType.ArrayType array) || !CsvCellReader.isScalar(array.element())) {
        throw new DataMismatch("a CSV column (a CSV column holds an array of Int, Real, Bool "
            + "or String; give this input in a JSON file)", name);
      }
      List<String> cells = columns.get(name);
      List<Value> elements = new java.util.ArrayList<>(cells.size());
      for (int i = 0; i < cells.size(); i++) {
        String path = name + "[" + i + "] (line " + (i + 2) + " of the CSV file)";
        elements.add(CsvCellReader.read(cells.get(i), array.element(), path));
      }
      return new org.ppl4j.semantics.value.ArrayValue(elements);
    }
  }
}
