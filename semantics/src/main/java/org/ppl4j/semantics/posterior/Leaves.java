package org.ppl4j.semantics.posterior;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.BoolValue;
import org.ppl4j.semantics.value.IntValue;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.RecordValue;
import org.ppl4j.semantics.value.Value;

/**
 * Flattens a draw into its named numeric leaves, following LANGUAGE.md §8: a scalar is named by
 * the root name ({@code p}, or {@code value}); a record at the top names its leaves by field
 * ({@code mu}, {@code tau}); array elements are {@code theta[0]}, {@code theta[1]}, …; nested
 * records join with {@code .}; a {@code Bool} is 0/1 and an {@code Int} its number. Strings,
 * functions, distributions and unit values have no numeric leaves and are skipped.
 *
 * <p>Language {@link Value}s and plain Java draws of the embedded DSL are flattened alike:
 * {@code Double}/{@code Float}/{@code BigDecimal} are reals; {@code Integer}, {@code Long},
 * {@code Short}, {@code Byte}, {@code BigInteger} are integers; {@code Boolean} is a boolean;
 * {@code double[]}, {@code int[]}, {@code long[]}, {@code boolean[]} and {@code Collection}s are
 * arrays; {@code Map}s with string keys (in their iteration order) and Java records (in
 * component order) are records.
 */
public final class Leaves {
  private Leaves() {}

  /**
   * The numeric leaves of {@code draw}, in order.
   *
   * @param rootName the name of a non-record result, e.g. {@code "p"} or {@code "value"}
   * @param draw a language value or a plain Java value as described above
   * @throws IllegalArgumentException for a Java object of another type, naming its class
   */
  public static List<Leaf> flatten(String rootName, Object draw) {
    Objects.requireNonNull(rootName, "rootName");
    List<Leaf> out = new ArrayList<>();
    if (isRecord(draw)) {
      visitFields(draw, "", out);
    } else {
      visit(rootName, draw, out);
    }
    return out;
  }

  private static boolean isRecord(Object x) {
    if (x instanceof Value) {
      return x instanceof RecordValue; // the other values are Java records too
    }
    return x instanceof Map<?, ?> || (x != null && x.getClass().isRecord());
  }

  private static void visit(String name, Object x, List<Leaf> out) {
    if (x instanceof Value value) {
      visitValue(new StringBuilder(name), value, out);
    } else if (x instanceof Double || x instanceof Float || x instanceof BigDecimal) {
      out.add(new Leaf(name, ((Number) x).doubleValue(), Leaf.Kind.REAL));
    } else if (x instanceof Integer || x instanceof Long || x instanceof Short
        || x instanceof Byte || x instanceof BigInteger) {
      out.add(new Leaf(name, ((Number) x).doubleValue(), Leaf.Kind.INT));
    } else if (x instanceof Boolean b) {
      out.add(new Leaf(name, b ? 1.0 : 0.0, Leaf.Kind.BOOL));
    } else if (x instanceof double[] xs) {
      for (int i = 0; i < xs.length; i++) {
        out.add(new Leaf(name + "[" + i + "]", xs[i], Leaf.Kind.REAL));
      }
    } else if (x instanceof int[] xs) {
      for (int i = 0; i < xs.length; i++) {
        out.add(new Leaf(name + "[" + i + "]", xs[i], Leaf.Kind.INT));
      }
    } else if (x instanceof long[] xs) {
      for (int i = 0; i < xs.length; i++) {
        out.add(new Leaf(name + "[" + i + "]", xs[i], Leaf.Kind.INT));
      }
    } else if (x instanceof boolean[] xs) {
      for (int i = 0; i < xs.length; i++) {
        out.add(new Leaf(name + "[" + i + "]", xs[i] ? 1.0 : 0.0, Leaf.Kind.BOOL));
      }
    } else if (x instanceof Collection<?> xs) {
      int i = 0;
      for (Object element : xs) {
        visit(name + "[" + i++ + "]", element, out);
      }
    } else if (isRecord(x)) {
      visitFields(x, name + ".", out);
    } else if (x instanceof CharSequence || x instanceof Enum<?>) {
      return; // no numeric leaf
    } else {
      throw new IllegalArgumentException(
          "cannot summarise a draw of type " + (x == null ? "null" : x.getClass().getName())
              + " at '" + name + "': use numbers, booleans, arrays, lists, string-keyed maps"
              + " or records");
    }
  }

  /**
   * The leaves of a language value, its name built in one buffer (appended to and cut back), so
   * that a value nested d deep costs O(d) per leaf rather than O(d^2).
   */
  private static void visitValue(StringBuilder name, Value v, List<Leaf> out) {
    int mark = name.length();
    if (v instanceof RealValue r) {
      out.add(new Leaf(name.toString(), r.value(), Leaf.Kind.REAL));
    } else if (v instanceof IntValue i) {
      out.add(new Leaf(name.toString(), i.value(), Leaf.Kind.INT));
    } else if (v instanceof BoolValue b) {
      out.add(new Leaf(name.toString(), b.value() ? 1.0 : 0.0, Leaf.Kind.BOOL));
    } else if (v instanceof ArrayValue a) {
      for (int i = 0; i < a.elements().size(); i++) {
        visitValue(name.append('[').append(i).append(']'), a.elements().get(i), out);
        name.setLength(mark);
      }
    } else if (v instanceof RecordValue r) {
      visitRecordValue(r, name.append('.'), out);
      name.setLength(mark);
    }
    // strings, functions, distributions and unit have no numeric leaves
  }

  private static void visitRecordValue(RecordValue r, StringBuilder prefix, List<Leaf> out) {
    int mark = prefix.length();
    r.fields().forEach((field, value) -> {
      visitValue(prefix.append(field), value, out);
      prefix.setLength(mark);
    });
  }

  private static void visitFields(Object x, String prefix, List<Leaf> out) {
    if (x instanceof RecordValue r) {
      visitRecordValue(r, new StringBuilder(prefix), out);
    } else if (x instanceof Map<?, ?> map) {
      map.forEach((field, value) -> visit(prefix + field, value, out));
    } else {
      for (RecordComponent component : x.getClass().getRecordComponents()) {
        visit(prefix + component.getName(), componentValue(x, component), out);
      }
    }
  }

  private static Object componentValue(Object record, RecordComponent component) {
    try {
      var accessor = component.getAccessor();
      accessor.setAccessible(true);
      return accessor.invoke(record);
    } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
      throw new IllegalArgumentException(
          "cannot read field '" + component.getName() + "' of record "
              + record.getClass().getSimpleName() + ": make the record public", e);
    }
  }
}
