package org.ppl4j.compiler.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ppl4j.compiler.eval.BuiltinCalls.array;
import static org.ppl4j.compiler.eval.BuiltinCalls.call;
import static org.ppl4j.compiler.eval.BuiltinCalls.integer;
import static org.ppl4j.compiler.eval.BuiltinCalls.ints;
import static org.ppl4j.compiler.eval.BuiltinCalls.number;
import static org.ppl4j.compiler.eval.BuiltinCalls.real;
import static org.ppl4j.compiler.eval.BuiltinCalls.reals;

import org.junit.jupiter.api.Test;
import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.StringValue;
import org.ppl4j.semantics.value.Value;

/**
 * Golden values and bad inputs of the array builtins of LANGUAGE.md §9.1 ({@code zeros} to
 * {@code log_softmax}). Expected values are worked by hand (products of small integer
 * matrices, running sums) or are mpmath 1.3.0 values at 40 digits rounded to doubles, as each
 * line says; identities ({@code softmax} sums to 1, {@code sd^2 = variance}) are checked too.
 */
class ArrayStatisticsBuiltinsTest {

  private static String text(Value v) {
    return ValueText.of(v);
  }

  private static String failure(String name, Value... args) {
    return assertThrows(IllegalArgumentException.class, () -> call(name, args)).getMessage();
  }

  @Test
  void makersAndShapes() {
    assertEquals("[0.0, 0.0, 0.0]", text(call("zeros", integer(3))));
    assertEquals("[1.0, 1.0]", text(call("ones", integer(2))));
    assertEquals("[]", text(call("zeros", integer(0))));
    assertEquals("[7, 7, 7]", text(call("fill", integer(3), integer(7))));
    assertEquals("[[1, 2], [1, 2]]", text(call("fill", integer(2), ints(1, 2))));
    ArrayValue a = array(ints(1, 2, 3), ints(4, 5, 6));
    assertEquals("2", text(call("rows", a)));
    assertEquals("3", text(call("cols", a)));
    assertEquals("0", text(call("rows", array())));
    assertEquals("0", text(call("cols", array())));
    assertEquals("[[1, 4], [2, 5], [3, 6]]", text(call("transpose", a)));
    assertEquals(text(a), text(call("transpose", call("transpose", a))), "transpose twice");
  }

  @Test
  void products() {
    ArrayValue a = array(ints(1, 2, 3), ints(4, 5, 6));
    // by hand: [1 - 2 + 1.5, 4 - 5 + 3] = [0.5, 2]
    assertEquals("[0.5, 2.0]", text(call("matvec", a, reals(1, -1, 0.5))));
    assertEquals("[6.0, 15.0]", text(call("matvec", a, ints(1, 1, 1))), "row sums, as Reals");
    // by hand: [[1,2,3],[4,5,6]] [[1,0],[0,1],[1,1]] = [[4, 5], [10, 11]]
    assertEquals("[[4.0, 5.0], [10.0, 11.0]]",
        text(call("matmul", a, array(ints(1, 0), ints(0, 1), ints(1, 1)))));
    assertEquals("[[14.0, 32.0], [32.0, 77.0]]",
        text(call("matmul", a, call("transpose", a))), "A A^T by hand");
    assertEquals("[]", text(call("matvec", array(), reals(1, 2))));
  }

  @Test
  void runningSumsAndSorting() {
    assertEquals("[1, 3, 6, 10]", text(call("cumsum", ints(1, 2, 3, 4))));
    assertEquals("[1.0, 3.5, 3.5]", text(call("cumsum", array(integer(1), real(2.5), real(0)))));
    assertEquals("[]", text(call("cumsum", array())));
    assertEquals("[-2, 1, 3, 3]", text(call("sort", ints(3, -2, 3, 1))));
    assertEquals("[-1.5, 0.0, 2.0]", text(call("sort", array(integer(2), real(-1.5), real(0)))));
    assertEquals("[-inf, 1.0, inf]", text(call("sort", reals(Double.POSITIVE_INFINITY, 1,
        Double.NEGATIVE_INFINITY))));
  }

  @Test
  void sampleVarianceAndSd() {
    // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, squared deviations sum 32; sample variance 32/7 (R: var)
    ArrayValue xs = ints(2, 4, 4, 4, 5, 5, 7, 9);
    assertEquals(32.0 / 7, number(call("variance", xs)), 1e-15);
    assertEquals(2.138089935299395, number(call("sd", xs)), 1e-15, "sqrt(32/7), mpmath");
    assertEquals(0.5, number(call("variance", reals(1, 2))), 0.0, "(1/4 + 1/4) / 1");
    assertEquals(0.0, number(call("sd", reals(3, 3, 3))), 0.0);
    // shifting by 1e9 changes nothing (two-pass: no cancellation)
    assertEquals(32.0 / 7, number(call("variance", reals(1e9 + 2, 1e9 + 4, 1e9 + 4, 1e9 + 4,
        1e9 + 5, 1e9 + 5, 1e9 + 7, 1e9 + 9))), 1e-6);
  }

  @Test
  void softmaxAndLogSoftmax() {
    ArrayValue xs = ints(1, 2, 3);
    double[] expected = {0.09003057317038046, 0.24472847105479764, 0.6652409557748219};
    double[] expectedLog = {-2.40760596444438, -1.4076059644443804, -0.4076059644443803};
    ArrayValue s = (ArrayValue) call("softmax", xs);
    ArrayValue ls = (ArrayValue) call("log_softmax", xs);
    double total = 0;
    for (int i = 0; i < 3; i++) {
      double si = number(s.elements().get(i));
      assertEquals(expected[i], si, 2e-16, "softmax (mpmath)");
      assertEquals(expectedLog[i], number(ls.elements().get(i)), 1e-15, "log_softmax (mpmath)");
      total += si;
    }
    assertEquals(1.0, total, 1e-15, "softmax sums to 1");
    // large inputs do not overflow: softmax is shift-invariant
    ArrayValue big = (ArrayValue) call("softmax", reals(1001, 1002, 1003));
    assertEquals(expected[2], number(big.elements().get(2)), 1e-15);
    ArrayValue withMinusInf = (ArrayValue) call("softmax", reals(Double.NEGATIVE_INFINITY, 0));
    assertEquals("[0.0, 1.0]", text(withMinusInf));
    assertEquals("[]", text(call("softmax", array())));
  }

  @Test
  void badInputsSayWhatIsWrong() {
    ArrayValue a32 = array(ints(1, 2), ints(3, 4), ints(5, 6));
    assertEquals("'matvec': A is 3×2 but x has length 3", failure("matvec", a32, ints(1, 2, 3)));
    assertEquals("'matmul': A is 3×2 but B is 3×2 (A needs as many columns as B has rows)",
        failure("matmul", a32, a32));
    assertEquals("'matvec': A is ragged: row 0 has 2 elements but row 1 has 1",
        failure("matvec", array(ints(1, 2), ints(3)), ints(1, 2)));
    assertEquals("'transpose': A is ragged: row 0 has 2 elements but row 2 has 3",
        failure("transpose", array(ints(1, 2), ints(3, 4), ints(5, 6, 7))));
    assertEquals("'matvec' expects A to be a matrix (an array of arrays), got Int",
        failure("matvec", integer(1), ints(1, 2)));
    assertEquals("'matvec' expects A to be a matrix (an array of arrays), found Int at index 0",
        failure("matvec", ints(1, 2), ints(1, 2)));
    assertEquals("'matvec' expects x to be an array of numbers, found String at index 1",
        failure("matvec", a32, array(integer(1), new StringValue("b"))));
    assertEquals("'rows' expects A to be a matrix (an array of arrays), found Int at index 0",
        failure("rows", ints(1, 2)));
    assertEquals("'zeros' expects a non-negative Int length, got -1",
        failure("zeros", integer(-1)));
    assertEquals("'fill' expects an Int, got Real", failure("fill", real(2), real(1)));
    assertTrue(failure("ones", integer(20_000_000)).contains("arrays hold at most 10000000"));
    assertEquals("'variance' needs at least 2 elements (the sample variance divides by n - 1),"
        + " got 1", failure("variance", reals(1)));
    assertEquals("'sd' needs at least 2 elements (the sample sd divides by n - 1), got 0",
        failure("sd", array()));
    assertEquals("'softmax' needs a finite largest element, got inf",
        failure("softmax", reals(1, Double.POSITIVE_INFINITY)));
    assertEquals("'log_softmax' needs a finite largest element, got -inf",
        failure("log_softmax", reals(Double.NEGATIVE_INFINITY)));
    assertEquals("'sort' cannot order nan (at index 1)", failure("sort", reals(1, Double.NaN)));
    assertEquals("'cumsum' expects xs to be an array of numbers, got Int", failure("cumsum",
        integer(3)));
  }
}
