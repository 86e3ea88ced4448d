package org.ppl4j.runner.method;

import java.util.List;
import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.Value;

/**
 * The shape of a draw's value (a number, or nested arrays of numbers), compared and described
 * in a user's words, so that an initial value of the wrong shape is reported as "expected an
 * array of 3 numbers, got a number".
 */
final class DrawShapes {
  private DrawShapes() {}

  /** Whether {@code a} and {@code b} are both numbers, or arrays of equal length alike. */
  static boolean same(Value a, Value b) {
    if (a instanceof ArrayValue x && b instanceof ArrayValue y) {
      List<Value> xs = x.elements();
      List<Value> ys = y.elements();
      if (xs.size() != ys.size()) {
        return false;
      }
      for (int i = 0; i < xs.size(); i++) {
        if (!same(xs.get(i), ys.get(i))) {
          return false;
        }
      }
      return true;
    }
    return !(a instanceof ArrayValue) && !(b instanceof ArrayValue);
  }

  /** "a number", "an array of 3 numbers", "an array of 2 arrays of 3 numbers". */
  static String describe(Value v) {
    if (!(v instanceof ArrayValue a)) {
      return "a number";
    }
    return a.elements().isEmpty() ? "an empty array"
        : "an array of " + a.elements().size() + " " + plural(a.elements().get(0));
  }

  private static String plural(Value v) {
    if (!(v instanceof ArrayValue a)) {
      return "numbers";
    }
    return a.elements().isEmpty() ? "empty arrays"
        : "arrays of " + a.elements().size() + " " + plural(a.elements().get(0));
  }

  /** A number as a user wrote it: {@code -1}, {@code 0.5}. */
  static String number(double x) {
    return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
  }
}
