package org.ppl4j.semantics.ad;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.function.Function;

/**
 * Compares reverse-mode gradients with central finite differences. The step is
 * h = 1e-5 * max(1, |x_i|); the truncation error of a central difference is O(h^2 f''') and
 * its rounding error O(eps |f| / h), about 1e-9 relative here, so a relative error above
 * {@link #TOLERANCE} means a wrong derivative, not noise.
 */
final class GradientCheck {
  private GradientCheck() {}

  /** Largest accepted |ad - fd| / max(1, |fd|). */
  static final double TOLERANCE = 1e-6;

  static void check(String what, Function<AdReal[], AdReal> f, double... at) {
    Tape tape = new Tape();
    AdReal[] xs = tape.variables(at);
    AdReal y = f.apply(xs);
    assertTrue(Double.isFinite(y.value()), what + ": value not finite at " + Arrays.toString(at));
    tape.backward(y);
    for (int i = 0; i < at.length; i++) {
      double h = 1e-5 * Math.max(1, Math.abs(at[i]));
      double[] up = at.clone();
      double[] down = at.clone();
      up[i] += h;
      down[i] -= h;
      double fd = (f.apply(AdReal.constants(up)).value() - f.apply(AdReal.constants(down)).value())
          / (2 * h);
      double ad = tape.adjoint(xs[i]);
      double error = Math.abs(ad - fd) / Math.max(1, Math.abs(fd));
      assertTrue(error <= TOLERANCE, what + ": d/dx" + i + " at " + Arrays.toString(at)
          + ": reverse mode " + ad + ", finite difference " + fd + ", relative error " + error);
    }
  }
}
