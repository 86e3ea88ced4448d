package org.ppl4j.compiler;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ppl4j.semantics.ad.AdReal;
import org.ppl4j.semantics.ad.Tape;
import org.ppl4j.semantics.value.AdRealValue;
import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.Arith;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.Value;

/**
 * A program using every array form of LANGUAGE.md §9.1 (broadcast, elementwise operators and
 * math builtins, a gather with repeated indices) run with its {@code data} on an AD tape, as
 * NUTS runs programs: the gradient of the returned number equals central finite differences
 * of the same program run on plain reals (step 1e-5 * max(1, |x|), relative tolerance 1e-6:
 * truncation and rounding errors are below 1e-8 here).
 */
class ElementwiseGradientTest {
  private static final String SOURCE = String.join("\n",
      "data x : Real[]",
      "data t : Real",
      "let v = [1.0, 2.0, 3.0] * t + x",
      "let w = exp(v[[2, 0, 0]] / 4) / (1 + x ^ 2)",
      "let u = -(w * t - v)[1..3]",
      "return sum(u) + sum(log1p(abs(x))) + sum(sqrt([[t, 1], [2, t]] ^ 2)[1])");
  private static final double TOLERANCE = 1e-6;

  private static double plain(double[] at) {
    List<Value> xs = new ArrayList<>();
    for (int i = 0; i < at.length - 1; i++) {
      xs.add(new RealValue(at[i]));
    }
    return Arith.toDouble(run(new ArrayValue(xs), new RealValue(at[at.length - 1])));
  }

  private static Value run(Value x, Value t) {
    Program p = PplCompiler.compile("gradient.ppl", SOURCE);
    return SeededRun.run(p.model(Map.of("x", x, "t", t)), 1).value();
  }

  @Test
  void theGradientThroughArrayFormsMatchesFiniteDifferences() {
    double[] at = {0.4, -1.2, 0.9, 0.7};
    Tape tape = new Tape();
    AdReal[] vars = tape.variables(at);
    List<Value> xs = new ArrayList<>();
    for (int i = 0; i < at.length - 1; i++) {
      xs.add(new AdRealValue(vars[i]));
    }
    Value y = run(new ArrayValue(xs), new AdRealValue(vars[at.length - 1]));
    assertInstanceOf(AdRealValue.class, y, "the result lost its derivative");
    tape.backward(((AdRealValue) y).number());
    for (int i = 0; i < at.length; i++) {
      double h = 1e-5 * Math.max(1, Math.abs(at[i]));
      double[] up = at.clone();
      double[] down = at.clone();
      up[i] += h;
      down[i] -= h;
      double fd = (plain(up) - plain(down)) / (2 * h);
      double ad = tape.adjoint(vars[i]);
      assertTrue(Math.abs(ad - fd) <= TOLERANCE * Math.max(1, Math.abs(fd)),
          "d/dx" + i + ": reverse mode " + ad + ", finite difference " + fd);
    }
  }
}
