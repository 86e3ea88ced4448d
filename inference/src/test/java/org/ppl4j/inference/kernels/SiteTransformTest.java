package org.ppl4j.inference.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ppl4j.semantics.dist.Support;

/**
 * The scalar transforms: constrain inverts unconstrain, lands inside the support, and the log
 * Jacobian is the log of the derivative (central differences, step 1e-6, relative error 1e-6);
 * discrete and vector supports have none.
 */
class SiteTransformTest {

  @Test
  void transformsAreBijectionsWithTheirJacobian() {
    Support[] supports = {new Support.RealLine(), new Support.LowerBounded(2),
        new Support.Interval(-1, 3)};
    for (Support s : supports) {
      SiteTransform t = SiteTransform.of(s).orElseThrow();
      for (double u = -4; u <= 4; u += 0.5) {
        double x = t.constrain(u);
        assertEquals(u, t.unconstrain(x), 1e-9, s + " at " + u);
        double h = 1e-6;
        double derivative = (t.constrain(u + h) - t.constrain(u - h)) / (2 * h);
        assertEquals(Math.log(derivative), t.logJacobian(u), 1e-6, s + " at " + u);
        if (s instanceof Support.LowerBounded lb) {
          assertTrue(x > lb.lower());
        } else if (s instanceof Support.Interval in) {
          assertTrue(x > in.lower() && x < in.upper());
        }
      }
    }
    assertTrue(SiteTransform.of(new Support.Booleans()).isEmpty());
    assertTrue(SiteTransform.of(new Support.Integers(0, 5)).isEmpty());
    assertTrue(SiteTransform.of(new Support.Simplex(3)).isEmpty());
  }

  @Test
  void stepSizesAdaptTowardTheTargetAndFreeze() {
    StepSizes sizes = new StepSizes(1.0);
    for (int i = 0; i < 200; i++) {
      sizes.record(0, Move.stay(null, false));
    }
    double shrunk = sizes.scale(0);
    assertTrue(shrunk < 0.01, "rejections shrink the step: " + shrunk);
    sizes.freeze();
    sizes.record(0, Move.stay(null, true));
    assertEquals(shrunk, sizes.scale(0));
    assertEquals(1.0, sizes.scale(7), "an unseen position keeps the initial step");
  }
}
