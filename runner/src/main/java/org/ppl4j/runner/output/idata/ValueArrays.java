package org.ppl4j.runner.output.idata;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ppl4j.semantics.value.AdArith;
import org.ppl4j.semantics.value.AdRealValue;
import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.BoolValue;
import org.ppl4j.semantics.value.IntValue;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.RecordValue;
import org.ppl4j.semantics.value.Value;

/**
 * The variables of a group, read from records of values laid out on the group's leading
 * dimensions (a grid {@code [chain][draw]}, or one record for {@code observed_data}): each
 * field a variable ({@code a.b} for a field of a nested record), its dimensions the leading
 * ones then {@code NAME_dim_0, NAME_dim_1, ...} for a rectangular array (ArviZ's default
 * names), its type the join of its elements' ({@link ZarrType#join}). A field that is not
 * numeric (a string, a function, a distribution), not rectangular, or not of one shape in
 * every draw cannot be an array and is left out, its name in {@link Result#skipped()}.
 */
final class ValueArrays {
  private ValueArrays() {}

  /**
   * What a grid gave.
   *
   * @param arrays the variables, in the fields' order
   * @param skipped the names left out, each with why
   */
  record Result(List<DataArray> arrays, List<String> skipped) {}

  /**
   * The variables of the records in {@code grid}.
   *
   * @param grid {@code [chain][draw]} records (rows of equal length), or a single row of one
   *     record when {@code leading} is empty
   * @param leading the leading dimensions' names ({@code chain}, {@code draw}), or none
   */
  static Result of(List<List<Value>> grid, List<String> leading) {
    List<Value> cells = new ArrayList<>();
    grid.forEach(cells::addAll);
    List<Map<String, Value>> fields = cells.stream().map(ValueArrays::fields).toList();
    List<DataArray> arrays = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    if (fields.isEmpty()) {
      return new Result(arrays, skipped);
    }
    for (String name : fields.get(0).keySet()) {
      Optional<Shape> shape = Optional.empty();
      String why = "";
      for (Map<String, Value> cell : fields) {
        Optional<Shape> here = Optional.ofNullable(cell.get(name)).flatMap(Shape::of);
        if (here.isEmpty()) {
          why = cell.containsKey(name) ? "not a number, Bool or rectangular array of them"
              : "absent from some draws";
          shape = Optional.empty();
          break;
        }
        if (shape.isPresent() && !java.util.Arrays.equals(shape.get().lengths(),
            here.get().lengths())) {
          why = "its shape differs between draws";
          shape = Optional.empty();
          break;
        }
        shape = Optional.of(shape.map(s -> s.join(here.get())).orElse(here.get()));
      }
      if (shape.isEmpty()) {
        skipped.add("'" + name + "' (" + why + ")");
        continue;
      }
      arrays.add(array(name, leading, grid, fields, shape.get()));
    }
    return new Result(arrays, skipped);
  }

  /** The name of a variable as a Zarr key and an xarray name: letters, digits, _ . and -. */
  static String safeName(String name) {
    String safe = name.replaceAll("[^A-Za-z0-9_.\\-]", "_");
    return safe.startsWith(".") || safe.isEmpty() ? "_" + safe : safe;
  }

  private static DataArray array(String name, List<String> leading, List<List<Value>> grid,
      List<Map<String, Value>> fields, Shape shape) {
    String safe = safeName(name);
    List<String> dims = new ArrayList<>(leading);
    List<Long> lengths = new ArrayList<>();
    if (leading.size() == 2) {
      lengths.add((long) grid.size());
      lengths.add((long) grid.get(0).size());
    } else if (!leading.isEmpty()) {
      throw new IllegalArgumentException("leading dimensions are chain and draw, or none");
    }
    for (int k = 0; k < shape.lengths().length; k++) {
      dims.add(safe + "_dim_" + k);
      lengths.add(shape.lengths()[k]);
    }
    long count = 1;
    for (long n : shape.lengths()) {
      count *= n;
    }
    ByteBuffer bytes = DataArray.buffer(fields.size() * count * shape.type().size());
    for (Map<String, Value> cell : fields) {
      put(cell.get(name), shape.type(), bytes);
    }
    return new DataArray(safe, dims, lengths.stream().mapToLong(Long::longValue).toArray(),
        shape.type(), bytes.array());
  }

  /** Writes {@code value}'s elements in C order as {@code type}. */
  private static void put(Value value, ZarrType type, ByteBuffer bytes) {
    Value v = value instanceof AdRealValue ? AdArith.plain(value) : value;
    if (v instanceof ArrayValue a) {
      a.elements().forEach(e -> put(e, type, bytes));
    } else if (type == ZarrType.BOOL) {
      bytes.put((byte) (((BoolValue) v).value() ? 1 : 0));
    } else if (type == ZarrType.INT64) {
      bytes.putLong(v instanceof IntValue i ? i.value() : ((BoolValue) v).value() ? 1 : 0);
    } else {
      bytes.putDouble(v instanceof RealValue r ? r.value() : v instanceof IntValue i
          ? i.value() : ((BoolValue) v).value() ? 1 : 0);
    }
  }

  /** A record's fields, nested records flattened to {@code a.b}; another value is empty. */
  private static Map<String, Value> fields(Value value) {
    Map<String, Value> out = new LinkedHashMap<>();
    if (value instanceof RecordValue r) {
      r.fields().forEach((name, field) -> {
        if (field instanceof RecordValue) {
          fields(field).forEach((inner, v) -> out.put(name + "." + inner, v));
        } else {
          out.put(name, field);
        }
      });
    }
    return out;
  }

  /** The shape and element type of a number, a Bool, or a rectangular array of them. */
  private record Shape(long[] lengths, ZarrType type) {
    static Optional<Shape> of(Value value) {
      Value v = value instanceof AdRealValue ? AdArith.plain(value) : value;
      if (v instanceof RealValue) {
        return Optional.of(new Shape(new long[0], ZarrType.FLOAT64));
      } else if (v instanceof IntValue) {
        return Optional.of(new Shape(new long[0], ZarrType.INT64));
      } else if (v instanceof BoolValue) {
        return Optional.of(new Shape(new long[0], ZarrType.BOOL));
      } else if (v instanceof ArrayValue a) {
        if (a.elements().isEmpty()) {
          return Optional.of(new Shape(new long[] {0}, ZarrType.FLOAT64));
        }
        Optional<Shape> inner = Optional.empty();
        for (Value e : a.elements()) {
          Optional<Shape> here = of(e);
          if (here.isEmpty() || inner.isPresent()
              && !java.util.Arrays.equals(inner.get().lengths, here.get().lengths)) {
            return Optional.empty();
          }
          inner = Optional.of(inner.map(s -> s.join(here.get())).orElse(here.get()));
        }
        long[] lengths = new long[inner.get().lengths.length + 1];
        lengths[0] = a.elements().size();
        System.arraycopy(inner.get().lengths, 0, lengths, 1, inner.get().lengths.length);
        return Optional.of(new Shape(lengths, inner.get().type));
      }
      return Optional.empty();
    }

    Shape join(Shape other) {
      return new Shape(lengths, type.join(other.type));
    }
  }
}
