package org.ppl4j.semantics.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Int/Real rules of LANGUAGE.md §4 on values. */
class ArithTest {
  static IntValue i(long v) {
    return new IntValue(v);
  }

  static RealValue r(double v) {
    return new RealValue(v);
  }

  @Test
  void intsStayIntsAndAnyRealMakesAReal() {
    assertEquals(i(5), Arith.add(i(2), i(3)));
    assertEquals(r(5.5), Arith.add(i(2), r(3.5)));
    assertEquals(i(3), Arith.div(i(7), i(2)));
    assertEquals(i(-3), Arith.div(i(-7), i(2)));
    assertEquals(r(3.5), Arith.div(i(7), r(2)));
    assertEquals(i(-1), Arith.mod(i(-7), i(3)));
    assertEquals(i(1024), Arith.pow(i(2), i(10)));
    assertEquals(r(0.5), Arith.pow(i(2), i(-1)));
    assertEquals(i(-4), Arith.neg(i(4)));
  }

  @Test
  void badOperandsAndIntegerFaultsAreUserErrors() {
    assertEquals("'+' expects numbers, got Int and Bool",
        assertThrows(IllegalArgumentException.class,
            () -> Arith.add(i(1), BoolValue.TRUE)).getMessage());
    assertEquals("integer division by zero", assertThrows(IllegalArgumentException.class,
        () -> Arith.div(i(1), i(0))).getMessage());
    assertEquals("integer overflow in '*'", assertThrows(IllegalArgumentException.class,
        () -> Arith.mul(i(Long.MAX_VALUE), i(2))).getMessage());
    assertEquals(r(Double.POSITIVE_INFINITY), Arith.div(r(1), i(0)));
  }

  @Test
  void equalityIsNumericForNumbersAndStructuralOtherwise() {
    assertTrue(Arith.equal(i(1), r(1.0)));
    assertTrue(Arith.equal(new ArrayValue(List.of(i(1))), new ArrayValue(List.of(r(1)))));
    assertFalse(Arith.equal(r(Double.NaN), r(Double.NaN)));
    assertEquals(BoolValue.FALSE, Arith.le(r(Double.NaN), r(1)));
    assertEquals(BoolValue.TRUE, Arith.lt(new StringValue("a"), new StringValue("b")));
  }

  @Test
  void mathBuiltinsKeepIntsWhereTheResultIsIntegral() {
    assertEquals(i(3), ValueMath.abs(i(-3)));
    assertEquals(i(2), ValueMath.floor(r(2.7)));
    assertEquals(i(-3), ValueMath.floor(r(-2.5)));
    assertEquals(i(3), ValueMath.round(r(2.5)));
    assertEquals(r(1.5), ValueMath.min(i(3), r(1.5)));
    assertEquals(r(3), ValueMath.max(i(3), r(1.5)));
    assertEquals(i(6), ValueMath.sum(new ArrayValue(List.of(i(1), i(2), i(3)))));
    assertEquals(r(2), ValueMath.mean(new ArrayValue(List.of(i(1), i(2), i(3)))));
    assertEquals(Math.log(2), ((RealValue) ValueMath.logSumExp(r(0), r(0))).value(), 1e-15);
  }

  @Test
  void intPowerTakesLogarithmicStepsAndStillReportsOverflow() {
    // fuzz finding (bench/fuzz, ProgramFuzzTest): 0 ^ 9223372036854775807 looped 9.2e18 times
    assertEquals(i(0), Arith.pow(i(0), i(Long.MAX_VALUE)));
    assertEquals(i(1), Arith.pow(i(1), i(Long.MAX_VALUE)));
    assertEquals(i(-1), Arith.pow(i(-1), i(Long.MAX_VALUE)));
    assertEquals(i(1), Arith.pow(i(-1), i(Long.MAX_VALUE - 1)));
    assertEquals(i(1), Arith.pow(i(7), i(0)));
    assertEquals(i(-2187), Arith.pow(i(-3), i(7)));
    assertEquals(i(1L << 62), Arith.pow(i(2), i(62)));
    assertEquals(i(Long.MIN_VALUE), Arith.pow(i(-2), i(63)), "the one power at the very edge");
    for (long base = -12; base <= 12; base++) {
      long expected = 1;
      for (int e = 0; e <= 17; e++) {
        assertEquals(i(expected), Arith.pow(i(base), i(e)), base + " ^ " + e);
        expected *= base;
      }
    }
    IllegalArgumentException overflow = assertThrows(IllegalArgumentException.class,
        () -> Arith.pow(i(2), i(63)));
    assertTrue(overflow.getMessage().contains("^"), overflow.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Arith.pow(i(3), i(Long.MAX_VALUE)));
  }
}
