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

  /**
   * A CSV file's columns by header, each a list of cells (the first data line is line 2). A
   * column holds an array input; the columns {@code X.1 … X.k} together hold the matrix input
   * {@code X} (see {@link CsvMatrixColumns}).
   */
  record Csv(Map<String, List<String>> columns) implements RawData {
    public Csv {
      columns = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(columns));
    }

    private CsvMatrixColumns matrices() {
      return CsvMatrixColumns.of(columns.keySet());
    }

    @Override
    public Set<String> names() {
      CsvMatrixColumns matrices = matrices();
      Set<String> names = new java.util.LinkedHashSet<>();
      for (String header : columns.keySet()) {
        if (!matrices.isMember(header)) {
          names.add(header);
        }
      }
      names.addAll(matrices.names());
      return names;
    }

    @Override
    public Value read(String name, PplType type) throws DataMismatch {
      CsvMatrixColumns matrices = matrices();
      if (matrices.has(name) && (!columns.containsKey(name) || isMatrix(type))) {
        return readMatrix(name, type, matrices.columns(name));
      }
      if (!(type instanceof PplType.ArrayType array) || !CsvCellReader.isScalar(array.element())) {
        throw new DataMismatch("a CSV column (a CSV column holds an array of Int, Real, Bool "
            + "or String, and the columns " + name + ".1, " + name + ".2, ... a matrix "
            + "Real[][] or Int[][]; give other types in a JSON file)", name);
      }
      return readColumn(columns.get(name), array.element(), name);
    }

    private static boolean isMatrix(PplType type) {
      return type instanceof PplType.ArrayType outer
          && outer.element() instanceof PplType.ArrayType inner
          && CsvCellReader.isScalar(inner.element());
    }

    private Value readMatrix(String name, PplType type, List<String> headers)
        throws DataMismatch {
      if (!isMatrix(type)) {
        throw new DataMismatch("a matrix in the CSV columns " + String.join(", ", headers)
            + " (declare it as Real[][] or Int[][])", name);
      }
      PplType element = ((PplType.ArrayType) ((PplType.ArrayType) type).element()).element();
      int rows = columns.get(headers.get(0)).size();
      List<Value> out = new java.util.ArrayList<>(rows);
      for (int i = 0; i < rows; i++) {
        List<Value> row = new java.util.ArrayList<>(headers.size());
        for (int j = 0; j < headers.size(); j++) {
          String path = name + "[" + i + "][" + j + "] (column " + headers.get(j) + ", line "
              + (i + 2) + " of the CSV file)";
          row.add(CsvCellReader.read(columns.get(headers.get(j)).get(i), element, path));
        }
        out.add(new org.ppl4j.semantics.value.ArrayValue(row));
      }
      return new org.ppl4j.semantics.value.ArrayValue(out);
    }

    private static Value readColumn(List<String> cells, PplType element, String what)
        throws DataMismatch {
      List<Value> elements = new java.util.ArrayList<>(cells.size());
      for (int i = 0; i < cells.size(); i++) {
        String path = what + "[" + i + "] (line " + (i + 2) + " of the CSV file)";
        elements.add(CsvCellReader.read(cells.get(i), element, path));
      }
      return new org.ppl4j.semantics.value.ArrayValue(elements);
    }
  }
}
