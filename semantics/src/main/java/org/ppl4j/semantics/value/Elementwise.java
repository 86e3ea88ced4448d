package org.ppl4j.semantics.value;

import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/**
 * Lifts a scalar operation to arrays (LANGUAGE.md §9.1): {@link #map} applies a one-number
 * function to every number of a (nested) array, {@link #zip} applies a two-number operator to
 * the pairs of numbers at equal positions of two arrays of one shape, broadcasting a number
 * operand over the other's elements.
 *
 * <p>What it preserves: the result has the shape of the array operand(s), and each element is
 * exactly the scalar operation on the corresponding elements, so the scalar rules (Int/Real,
 * truncating Int division, overflow errors, derivatives of {@link AdRealValue}s) hold per
 * element. A number that is a leaf of a nested array is not broadcast: only a number operand
 * is (so {@code Int[2][2] + Int[2]} is a shape error, not a row-wise broadcast).
 *
 * <p>Errors are {@link IllegalArgumentException}s in the language's words: unequal shapes
 * name both ({@code "elementwise '+' of arrays of lengths 3 and 4"}, {@code "... of shapes
 * Real[2][3] and Real[3][2]"}), a non-number element names both operands' types.
 */
public final class Elementwise {
  private Elementwise() {}

  /**
   * {@code f} applied to {@code v} if it is not an array, else to each of its numbers.
   *
   * @param v a value; arrays are mapped recursively, whatever their nesting
   * @param f the scalar function (it reports a non-number element itself)
   * @return an array of {@code v}'s shape, or {@code f(v)}
   */
  public static Value map(Value v, UnaryOperator<Value> f) {
    if (!(v instanceof ArrayValue a)) {
      return f.apply(v);
    }
    List<Value> xs = a.elements();
    Value[] out = new Value[xs.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = map(xs.get(i), f);
    }
    return new ArrayValue(List.of(out));
  }

  /**
   * {@code op} applied elementwise: to each pair of numbers of two arrays of one shape, or to
   * each number of one array with a number operand (broadcast, on either side).
   *
   * @param a the left operand: a number or an array (nested to any depth) of numbers
   * @param b the right operand: a number or an array of numbers
   * @param op the scalar operator (Int/Real rules and derivatives are its own)
   * @param symbol the operator as the language writes it, for messages ({@code "+"})
   * @throws IllegalArgumentException when the shapes differ, naming both, or an element is not
   *     a number
   */
  public static Value zip(Value a, Value b, BinaryOperator<Value> op, String symbol) {
    boolean arrayA = a instanceof ArrayValue;
    boolean arrayB = b instanceof ArrayValue;
    if (arrayA && arrayB) {
      return pairs((ArrayValue) a, (ArrayValue) b, new Operands(a, b, op, symbol));
    }
    Operands o = new Operands(a, b, op, symbol);
    if (arrayA) {
      return map(a, x -> o.leaf(x, b));
    }
    if (arrayB) {
      return map(b, y -> o.leaf(a, y));
    }
    return o.leaf(a, b);
  }

  private static Value pairs(ArrayValue x, ArrayValue y, Operands o) {
    List<Value> xs = x.elements();
    List<Value> ys = y.elements();
    if (xs.size() != ys.size()) {
      throw o.shapes();
    }
    Value[] out = new Value[xs.size()];
    for (int i = 0; i < out.length; i++) {
      Value u = xs.get(i);
      Value v = ys.get(i);
      boolean arrayU = u instanceof ArrayValue;
      if (arrayU != v instanceof ArrayValue) {
        throw o.shapes();
      }
      out[i] = arrayU ? pairs((ArrayValue) u, (ArrayValue) v, o) : o.leaf(u, v);
    }
    return new ArrayValue(List.of(out));
  }

  /** The top-level operands and the operator, kept for messages. */
  private record Operands(Value a, Value b, BinaryOperator<Value> op, String symbol) {
    Value leaf(Value x, Value y) {
      if (!Arith.isNumber(x) || !Arith.isNumber(y)) {
        throw new IllegalArgumentException("'" + symbol + "' expects numbers or arrays of"
            + " numbers, got " + ArrayShape.of(a) + " and " + ArrayShape.of(b));
      }
      return op.apply(x, y);
    }

    IllegalArgumentException shapes() {
      boolean flat = ArrayShape.depth(a) == 1 && ArrayShape.depth(b) == 1;
      String what = flat
          ? "lengths " + ((ArrayValue) a).elements().size() + " and "
              + ((ArrayValue) b).elements().size()
          : "shapes " + ArrayShape.of(a) + " and " + ArrayShape.of(b);
      return new IllegalArgumentException("elementwise '" + symbol + "' of arrays of " + what);
    }
  }
}
