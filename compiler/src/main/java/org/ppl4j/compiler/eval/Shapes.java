package org.ppl4j.compiler.eval;

import java.util.ArrayList;
import java.util.List;
import org.ppl4j.semantics.ad.AdReal;
import org.ppl4j.semantics.value.AdArith;
import org.ppl4j.semantics.value.Arith;
import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.IntValue;
import org.ppl4j.semantics.value.Value;

/**
 * Vectors and matrices read from argument values for the builtins of LANGUAGE.md §9.1: a vector
 * is an array of numbers, a matrix an array of equally long arrays of numbers (its rows). The
 * numbers become {@link AdReal}s (constants unless they carry a derivative), so one computation
 * serves plain values and gradients. Errors name the builtin, the argument and what is wrong
 * (a ragged matrix names the two rows that differ).
 */
final class Shapes {
  private Shapes() {}

  /** The numbers of array {@code v}, argument {@code arg} of {@code builtin}. */
  static AdReal[] vector(Value v, String builtin, String arg) {
    if (!(v instanceof ArrayValue a)) {
      throw new IllegalArgumentException("'" + builtin + "' expects " + arg
          + " to be an array of numbers, got " + TypeCheck.describe(v));
    }
    AdReal[] out = new AdReal[a.elements().size()];
    for (int i = 0; i < out.length; i++) {
      Value x = a.elements().get(i);
      if (!Arith.isNumber(x)) {
        throw new IllegalArgumentException("'" + builtin + "' expects " + arg
            + " to be an array of numbers, found " + TypeCheck.describe(x) + " at index " + i);
      }
      out[i] = AdArith.number(x, builtin);
    }
    return out;
  }

  /** The rows of matrix {@code v}, argument {@code arg} of {@code builtin}. */
  static AdReal[][] matrix(Value v, String builtin, String arg) {
    List<ArrayValue> rows = rows(v, builtin, arg);
    AdReal[][] out = new AdReal[rows.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = vector(rows.get(i), builtin, arg + "[" + i + "]");
    }
    return out;
  }

  /** The rows of a rectangular array of arrays (any elements), checked. */
  static List<ArrayValue> rows(Value v, String builtin, String arg) {
    if (!(v instanceof ArrayValue a)) {
      throw new IllegalArgumentException("'" + builtin + "' expects " + arg
          + " to be a matrix (an array of arrays), got " + TypeCheck.describe(v));
    }
    List<ArrayValue> rows = new ArrayList<>(a.elements().size());
    for (int i = 0; i < a.elements().size(); i++) {
      Value row = a.elements().get(i);
      if (!(row instanceof ArrayValue r)) {
        throw new IllegalArgumentException("'" + builtin + "' expects " + arg
            + " to be a matrix (an array of arrays), found " + TypeCheck.describe(row)
            + " at index " + i);
      }
      if (i > 0 && r.elements().size() != rows.get(0).elements().size()) {
        throw new IllegalArgumentException("'" + builtin + "': " + arg + " is ragged: row 0 has "
            + rows.get(0).elements().size() + " elements but row " + i + " has "
            + r.elements().size());
      }
      rows.add(r);
    }
    return rows;
  }

  /** The number of columns of checked rows (0 when there are none). */
  static int columns(List<ArrayValue> rows) {
    return rows.isEmpty() ? 0 : rows.get(0).elements().size();
  }

  /** The number of columns of a matrix read by {@link #matrix} (0 when it has no rows). */
  static int columns(AdReal[][] rows) {
    return rows.length == 0 ? 0 : rows[0].length;
  }

  /** {@code "3×2"}. */
  static String shape(AdReal[][] a) {
    return a.length + "×" + columns(a);
  }

  /** Whether every element of an array is an {@code Int}. */
  static boolean allInts(ArrayValue a) {
    for (Value x : a.elements()) {
      if (!(x instanceof IntValue)) {
        return false;
      }
    }
    return true;
  }

  /** The numbers as a {@code Real[]} value (derivatives kept). */
  static ArrayValue toArray(AdReal[] xs) {
    List<Value> out = new ArrayList<>(xs.length);
    for (AdReal x : xs) {
      out.add(AdArith.of(x));
    }
    return new ArrayValue(out);
  }

  /** The rows as a {@code Real[][]} value (derivatives kept). */
  static ArrayValue toMatrix(AdReal[][] rows) {
    List<Value> out = new ArrayList<>(rows.length);
    for (AdReal[] row : rows) {
      out.add(toArray(row));
    }
    return new ArrayValue(out);
  }

  /** A non-negative Int length {@code n}, argument of {@code builtin}, within the array limit. */
  static int length(Value n, String builtin) {
    long length = Args.integer(n, builtin);
    if (length < 0) {
      throw new IllegalArgumentException(
          "'" + builtin + "' expects a non-negative Int length, got " + length);
    }
    ArrayValue.requireMaxLength(length, "'" + builtin + "(" + length + ")'");
    return (int) length;
  }
}
