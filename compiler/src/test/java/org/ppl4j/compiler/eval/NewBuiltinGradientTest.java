package org.ppl4j.compiler.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.ppl4j.semantics.ad.AdReal;
import org.ppl4j.semantics.ad.Tape;
import org.ppl4j.semantics.value.AdArith;
import org.ppl4j.semantics.value.AdRealValue;
import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.Value;

/**
 * Every differentiable builtin of LANGUAGE.md §9.1, called as a program calls it (arguments
 * holding {@link AdRealValue}s on a tape), against central finite differences of the same
 * builtin on plain values: for each output element, the reverse-mode gradient with respect to
 * each input. The step h = 1e-5 max(1, |x|) gives truncation error O(h^2) and rounding error
 * about 1e-11 / h relative, so a relative error above 1e-6 means a wrong derivative.
 */
class NewBuiltinGradientTest {
  private static final double TOLERANCE = 1e-6;

  /** Arguments of a builtin built from its numeric inputs, in order. */
  @FunctionalInterface
  interface Layout {
    Value[] arguments(List<Value> numbers);
  }

  private static Value[] flat(List<Value> xs) {
    return new Value[] {new ArrayValue(xs)};
  }

  private static Value[] scalars(List<Value> xs) {
    return xs.toArray(new Value[0]);
  }

  /** A rows×cols matrix from the first rows*cols numbers. */
  private static ArrayValue matrix(List<Value> xs, int from, int rows, int cols) {
    List<Value> out = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      out.add(new ArrayValue(xs.subList(from + i * cols, from + (i + 1) * cols)));
    }
    return new ArrayValue(out);
  }

  private static AdReal[] outputs(String name, Layout layout, List<Value> numbers) {
    return AdArith.flatten(BuiltinCalls.call(name, layout.arguments(numbers)), name);
  }

  static void check(String name, Layout layout, double... at) {
    Tape tape = new Tape();
    AdReal[] xs = tape.variables(at);
    List<Value> numbers = new ArrayList<>();
    for (AdReal x : xs) {
      numbers.add(new AdRealValue(x));
    }
    AdReal[] ys = outputs(name, layout, numbers);
    double[][] up = new double[at.length][];
    double[][] down = new double[at.length][];
    double[] h = new double[at.length];
    for (int i = 0; i < at.length; i++) {
      h[i] = 1e-5 * Math.max(1, Math.abs(at[i]));
      up[i] = AdReal.values(outputs(name, layout, shifted(at, i, h[i])));
      down[i] = AdReal.values(outputs(name, layout, shifted(at, i, -h[i])));
    }
    for (int o = 0; o < ys.length; o++) {
      assertTrue(Double.isFinite(ys[o].value()), name + ": output " + o + " not finite");
      tape.backward(ys[o]);
      for (int i = 0; i < at.length; i++) {
        double fd = (up[i][o] - down[i][o]) / (2 * h[i]);
        double ad = tape.adjoint(xs[i]);
        double error = Math.abs(ad - fd) / Math.max(1, Math.abs(fd));
        assertTrue(error <= TOLERANCE, name + ": d out[" + o + "] / d x" + i + " at "
            + Arrays.toString(at) + ": reverse mode " + ad + ", finite difference " + fd);
      }
    }
  }

  private static List<Value> shifted(double[] at, int i, double by) {
    List<Value> out = new ArrayList<>();
    for (int j = 0; j < at.length; j++) {
      out.add(new RealValue(j == i ? at[j] + by : at[j]));
    }
    return out;
  }

  @Test
  void scalarFunctions() {
    for (double x : new double[] {-1.7, -0.3, 0.4, 2.2}) {
      for (String f : List.of("erf", "erfc", "Phi", "tan", "atan", "sinh", "cosh", "inv_logit")) {
        check(f, NewBuiltinGradientTest::scalars, x);
      }
      check("atan2", NewBuiltinGradientTest::scalars, x, 0.8);
      check("atan2", NewBuiltinGradientTest::scalars, -0.6, x);
    }
    for (double x : new double[] {-0.9, -0.2, 0.5, 0.95}) {
      check("asin", NewBuiltinGradientTest::scalars, x);
      check("acos", NewBuiltinGradientTest::scalars, x);
    }
    for (double p : new double[] {0.02, 0.1, 0.3, 0.5, 0.8, 0.98}) {
      check("Phi_inv", NewBuiltinGradientTest::scalars, p);
    }
    for (double a : new double[] {0.3, 1.0, 4.5, 30.0}) {
      check("lbeta", NewBuiltinGradientTest::scalars, a, 2.5);
      check("lbeta", NewBuiltinGradientTest::scalars, 0.7, a);
      check("lfactorial", NewBuiltinGradientTest::scalars, a);
      check("lchoose", NewBuiltinGradientTest::scalars, a + 3, 2.5);
      check("lchoose", NewBuiltinGradientTest::scalars, 40.5, a);
    }
  }

  @Test
  void arrayFunctions() {
    double[] v = {0.3, -1.2, 2.5, 0.9, -0.4};
    for (String f : List.of("cumsum", "sort", "sd", "variance", "softmax", "log_softmax")) {
      check(f, NewBuiltinGradientTest::flat, v);
      check(f, NewBuiltinGradientTest::flat, 1.5, -0.5);
    }
    // matvec: a 3×2 matrix then a vector of 2
    check("matvec", xs -> new Value[] {matrix(xs, 0, 3, 2),
        new ArrayValue(xs.subList(6, 8))}, 0.5, -1, 2, 0.3, 1.1, -0.7, 0.9, 1.6);
    // matmul: 2×3 times 3×2
    check("matmul", xs -> new Value[] {matrix(xs, 0, 2, 3), matrix(xs, 6, 3, 2)},
        0.5, -1, 2, 0.3, 1.1, -0.7, 0.9, 1.6, -2.1, 0.4, 0.8, -0.2);
  }

  @Test
  void constantInputsGiveConstantsAndRecordNothing() {
    Tape tape = new Tape();
    AdReal x = tape.variable(0.5);
    Value[] mixed = {new ArrayValue(List.of(new RealValue(1), new AdRealValue(x))),
        new ArrayValue(List.of(new RealValue(2), new RealValue(3)))};
    Function<Value, Boolean> isAd = v -> v instanceof AdRealValue;
    // the row sums of [[1, x]] [2, 3]^T: only x carries a derivative
    Value y = BuiltinCalls.call("matvec", new ArrayValue(List.of(mixed[0])), mixed[1]);
    assertTrue(isAd.apply(((ArrayValue) y).elements().get(0)));
    int before = tape.size();
    BuiltinCalls.call("softmax", mixed[1]);
    BuiltinCalls.call("erf", new RealValue(0.3));
    assertEquals(before, tape.size(), "constants record no node");
    // sort permutes the values themselves: the derivative stays with its element
    ArrayValue sorted = (ArrayValue) BuiltinCalls.call("sort",
        new ArrayValue(List.of(new AdRealValue(x), new RealValue(-1))));
    assertEquals(new AdRealValue(x), sorted.elements().get(1));
  }
}
