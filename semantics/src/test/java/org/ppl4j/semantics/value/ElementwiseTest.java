package org.ppl4j.semantics.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The operators on arrays of LANGUAGE.md §9.1 through {@link Arith}: elementwise with the
 * scalar Int/Real rules per element, a number operand broadcast on either side, nested arrays
 * recursively, shape errors naming both shapes. Expected values by hand from the scalar rules.
 */
class ElementwiseTest {
  private static IntValue i(long v) {
    return new IntValue(v);
  }

  private static RealValue r(double v) {
    return new RealValue(v);
  }

  private static ArrayValue a(Value... xs) {
    return new ArrayValue(List.of(xs));
  }

  private static ArrayValue ints(long... xs) {
    Value[] out = new Value[xs.length];
    for (int k = 0; k < xs.length; k++) {
      out[k] = i(xs[k]);
    }
    return a(out);
  }

  private static ArrayValue reals(double... xs) {
    Value[] out = new Value[xs.length];
    for (int k = 0; k < xs.length; k++) {
      out[k] = r(xs[k]);
    }
    return a(out);
  }

  private static String error(Executable e) {
    return assertThrows(IllegalArgumentException.class, e).getMessage();
  }

  @Test
  void everyOperatorOnTwoIntArraysKeepsTheIntRules() {
    ArrayValue x = ints(7, -7, 2);
    ArrayValue y = ints(2, 2, 3);
    assertEquals(ints(9, -5, 5), Arith.add(x, y));
    assertEquals(ints(5, -9, -1), Arith.sub(x, y));
    assertEquals(ints(14, -14, 6), Arith.mul(x, y));
    assertEquals(ints(3, -3, 0), Arith.div(x, y)); // truncating: 7/2 = 3, -7/2 = -3, 2/3 = 0
    assertEquals(ints(49, 49, 8), Arith.pow(x, y));
    assertEquals(ints(-7, 7, -2), Arith.neg(x));
    assertEquals(x, Arith.plus(x));
  }

  @Test
  void anyRealElementMakesThatElementReal() {
    assertEquals(reals(1.5, 4.0), Arith.add(ints(1, 2), reals(0.5, 2.0)));
    assertEquals(reals(3.5, 1.0), Arith.div(reals(7, 3), ints(2, 3)));
    assertEquals(reals(0.5, -0.25), Arith.mul(reals(1, -0.5), r(0.5)));
    // Int ^ negative Int is a Real, element by element (a mixed array, as in the scalar rules)
    assertEquals(a(i(4), r(1.0 / 3)), Arith.pow(ints(2, 3), ints(2, -1)));
    assertEquals(reals(-1.5, 0.0), Arith.neg(reals(1.5, -0.0)));
  }

  @Test
  void aNumberIsBroadcastOnEitherSide() {
    assertEquals(ints(11, 12, 13), Arith.add(ints(1, 2, 3), i(10)));
    assertEquals(ints(11, 12, 13), Arith.add(i(10), ints(1, 2, 3)));
    assertEquals(ints(9, 8, 7), Arith.sub(i(10), ints(1, 2, 3)));
    assertEquals(ints(-9, -8, -7), Arith.sub(ints(1, 2, 3), i(10)));
    assertEquals(reals(2.0, 4.0), Arith.mul(r(2), ints(1, 2)));
    assertEquals(ints(5, 2), Arith.div(i(10), ints(2, 4)));
    assertEquals(ints(0, 0), Arith.div(ints(2, 4), i(10)));
    assertEquals(ints(2, 4, 8), Arith.pow(i(2), ints(1, 2, 3)));
    assertEquals(ints(1, 4, 9), Arith.pow(ints(1, 2, 3), i(2)));
    assertEquals(reals(0.5, 0.25), Arith.pow(r(0.5), ints(1, 2)));
  }

  @Test
  void nestedArraysOfEqualShapeGoRecursively() {
    ArrayValue m = a(ints(1, 2, 3), ints(4, 5, 6));
    ArrayValue n = a(reals(0.5, 0.5, 0.5), reals(1, 2, 3));
    assertEquals(a(reals(1.5, 2.5, 3.5), reals(5, 7, 9)), Arith.add(m, n));
    assertEquals(a(ints(2, 4, 6), ints(8, 10, 12)), Arith.mul(i(2), m));
    assertEquals(a(ints(0, 1, 1), ints(2, 2, 3)), Arith.div(m, i(2)));
    assertEquals(a(ints(-1, -2, -3), ints(-4, -5, -6)), Arith.neg(m));
    ArrayValue cube = a(a(ints(1), ints(2)));
    assertEquals(a(a(ints(2), ints(4))), Arith.add(cube, cube));
  }

  @Test
  void emptyArraysGiveEmptyArrays() {
    assertEquals(a(), Arith.add(a(), a()));
    assertEquals(a(), Arith.mul(a(), r(2)));
    assertEquals(a(), Arith.neg(a()));
  }

  @Test
  void unequalShapesNameBothShapes() {
    assertEquals("elementwise '+' of arrays of lengths 3 and 4",
        error(() -> Arith.add(ints(1, 2, 3), ints(1, 2, 3, 4))));
    assertEquals("elementwise '*' of arrays of lengths 0 and 1",
        error(() -> Arith.mul(a(), reals(1))));
    ArrayValue m23 = a(reals(1, 2, 3), reals(4, 5, 6));
    ArrayValue m32 = a(reals(1, 2), reals(3, 4), reals(5, 6));
    assertEquals("elementwise '-' of arrays of shapes Real[2][3] and Real[3][2]",
        error(() -> Arith.sub(m23, m32)));
    // a matrix and a vector: no row-wise broadcast, only a number is broadcast
    assertEquals("elementwise '+' of arrays of shapes Real[2][3] and Int[2]",
        error(() -> Arith.add(m23, ints(1, 2))));
    ArrayValue ragged = a(ints(1, 2), ints(3));
    assertEquals("elementwise '/' of arrays of shapes Int[2][?] and Int[2][2]",
        error(() -> Arith.div(ragged, a(ints(1, 2), ints(3, 4)))));
  }

  @Test
  void intFaultsAndNonNumbersInsideArraysAreErrors() {
    assertEquals("integer division by zero", error(() -> Arith.div(ints(1, 2), ints(1, 0))));
    assertEquals("integer overflow in '*'",
        error(() -> Arith.mul(ints(1, Long.MAX_VALUE), i(2))));
    assertEquals("'+' expects numbers or arrays of numbers, got Bool[2] and Int",
        error(() -> Arith.add(a(BoolValue.TRUE, BoolValue.FALSE), i(1))));
    assertEquals("'*' expects numbers or arrays of numbers, got String and Real[1]",
        error(() -> Arith.mul(new StringValue("s"), reals(1))));
    assertEquals("'+' expects numbers, got Int and Bool", error(() -> Arith.add(i(1),
        BoolValue.TRUE)));
  }

  @Test
  void comparisonsAndRemainderStayScalar() {
    assertEquals("'<' expects numbers, got Int[2] and Int ('<' does not apply elementwise to"
        + " arrays)", error(() -> Arith.lt(ints(1, 2), i(3))));
    assertEquals("'>=' expects numbers, got Real and Real[2][1] ('>=' does not apply"
        + " elementwise to arrays)", error(() -> Arith.ge(r(1), a(reals(1), reals(2)))));
    assertEquals("'%' expects numbers, got Int[2] and Int ('%' does not apply elementwise to"
        + " arrays)", error(() -> Arith.mod(ints(5, 6), i(4))));
    // equality stays structural (one Bool), as in version 0
    assertEquals(true, Arith.equal(ints(1, 2), reals(1, 2)));
  }

  @Test
  void mapAppliesAOneNumberFunctionAtAnyDepth() {
    assertEquals(r(1), Elementwise.map(i(0), ValueMath::exp));
    assertEquals(reals(1, Math.E), Elementwise.map(ints(0, 1), ValueMath::exp));
    assertEquals(a(ints(2, -3), ints(2)), Elementwise.map(a(reals(2.5, -2.5), reals(2.9)),
        ValueMath::floor));
    assertEquals(ints(3, 4), Elementwise.map(ints(-3, 4), ValueMath::abs));
    assertEquals("'sqrt' expects a number, got Bool",
        error(() -> Elementwise.map(a(BoolValue.TRUE), ValueMath::sqrt)));
  }

  @Test
  void shapesAreWrittenAsTheLanguageWritesTypes() {
    assertEquals("Int", ArrayShape.of(i(1)));
    assertEquals("Int[3]", ArrayShape.of(ints(1, 2, 3)));
    assertEquals("Real[2]", ArrayShape.of(a(i(1), r(2))));
    assertEquals("Real[1][2]", ArrayShape.of(a(reals(1, 2))));
    assertEquals("[0]", ArrayShape.of(a()));
    assertEquals(2, ArrayShape.depth(a(ints(1))));
  }
}
