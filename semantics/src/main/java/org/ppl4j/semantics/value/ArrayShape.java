package org.ppl4j.semantics.value;

import java.util.List;

/**
 * The shape of a value as messages write it: {@code Real} for a number, {@code Int[3]} for an
 * array of three Ints, {@code Real[2][3]} for two rows of three reals; a dimension whose rows
 * differ in length is written {@code ?} ({@code Int[2][?]}). The element type is {@code Real}
 * when any element is a Real, else {@code Int}; a non-number element names its own type.
 */
public final class ArrayShape {
  private ArrayShape() {}

  /** The shape of {@code v}, e.g. {@code Real[2][3]}; a non-array's type name. */
  public static String of(Value v) {
    if (!(v instanceof ArrayValue)) {
      return v.typeName();
    }
    return elementType(v) + dims(v);
  }

  /** The nesting depth: 0 for a non-array, 1 + the deepest element's for an array. */
  public static int depth(Value v) {
    if (!(v instanceof ArrayValue a)) {
      return 0;
    }
    int deepest = 0;
    for (Value e : a.elements()) {
      deepest = Math.max(deepest, depth(e));
    }
    return 1 + deepest;
  }

  private static String dims(Value v) {
    if (!(v instanceof ArrayValue a)) {
      return "";
    }
    List<Value> xs = a.elements();
    String inner = null;
    for (Value x : xs) {
      String d = dims(x);
      if (inner == null) {
        inner = d;
      } else if (!d.equals(inner)) {
        inner = "[?]";
        break;
      }
    }
    return "[" + xs.size() + "]" + (inner == null ? "" : inner);
  }

  /** Real if any number is a Real, Int if all are Ints, the first non-number's type name. */
  private static String elementType(Value v) {
    String[] found = {""};
    visit(v, found);
    return found[0];
  }

  /** Updates {@code found[0]}; returns false once a non-number is found. */
  private static boolean visit(Value v, String[] found) {
    if (v instanceof ArrayValue a) {
      for (Value e : a.elements()) {
        if (!visit(e, found)) {
          return false;
        }
      }
      return true;
    }
    if (!Arith.isNumber(v)) {
      found[0] = v.typeName();
      return false;
    }
    if (!(v instanceof IntValue) || found[0].isEmpty()) {
      found[0] = v instanceof IntValue ? "Int" : "Real";
    }
    return true;
  }
}
