package org.ppl4j.inference.advi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The step-size sequence and the convergence check, against their formulas by hand. */
class BlocksTest {

  @Test
  void firstStepIsEtaTimesGradientOverOnePlusItsSize() {
    StepSizeSequence s = StepSizeSequence.start(0.5).step(new double[] {2, -3});
    assertArrayEquals(new double[] {4, 9}, s.history(), 0);
    assertArrayEquals(new double[] {1 + 0.5 * 2 / 3.0, -0.5 * 3 / 4.0},
        s.ascend(new double[] {1, 0}, new double[] {2, -3}), 1e-12);
  }

  @Test
  void laterStepsForgetOldGradientsAndShrinkAsOneOverRootT() {
    StepSizeSequence s = StepSizeSequence.start(1).step(new double[] {2}).step(new double[] {1});
    assertEquals(0.1 * 1 + 0.9 * 4, s.history()[0], 1e-15);
    double rho = Math.pow(2, -0.5 + 1e-16) / (1 + Math.sqrt(3.7));
    assertEquals(rho, s.ascend(new double[] {0}, new double[] {1})[0], 1e-15);
  }

  @Test
  void convergesWhenTheMeanOrMedianRelativeChangeIsBelowTolerance() {
    ConvergenceCheck c = ConvergenceCheck.start(0.01, 3).add(-100);
    assertTrue(Double.isNaN(c.latestChange()));
    assertFalse(c.converged());
    c = c.add(-50); // change 1
    c = c.add(-50.1); // about 0.002
    assertEquals(Math.abs(-0.1 / -50.1), c.latestChange(), 1e-15);
    assertFalse(c.converged()); // mean 0.5, median 0.5
    c = c.add(-50.0); // about 0.002: median of {1, .002, .002} below
    assertTrue(c.medianChange() < 0.01);
    assertTrue(c.converged());
    c = c.add(-100).add(-1000).add(-10); // window of 3 drops the old changes
    assertEquals(3, c.changes().size());
    assertFalse(c.converged());
  }

  @Test
  void configNamesTheBadField() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AdviConfig.defaults().withOptimisation(0, 1, 100, 0.01, 100));
    assertTrue(e.getMessage().startsWith("maxIterations"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> AdviConfig.defaults().withEta(0));
    assertEquals(10, AdviConfig.defaults().convergenceWindow());
  }
}
