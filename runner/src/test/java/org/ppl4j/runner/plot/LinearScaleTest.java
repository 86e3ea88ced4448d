package org.ppl4j.runner.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinearScaleTest {

  @Test
  void mapsEndpointsAndReversesForYAxes() {
    LinearScale s = new LinearScale(-1, 3, 200, 0);
    assertEquals(200, s.apply(-1), 1e-12);
    assertEquals(0, s.apply(3), 1e-12);
    assertEquals(100, s.apply(1), 1e-12);
  }

  @Test
  void ticksAreNiceStepsInsideTheInterval() {
    List<Double> ticks = new LinearScale(0.03, 0.97, 0, 1).ticks(5);
    assertEquals(List.of(0.2, 0.4, 0.6, 0.8), ticks.stream().map(t -> Math.round(t * 1e9) / 1e9).toList());
    List<Double> wide = new LinearScale(-1234, 5678, 0, 1).ticks(6);
    for (double t : wide) {
      assertTrue(t >= -1234 && t <= 5678, "tick " + t);
      assertEquals(0, t % 1000, 1e-9, "step 1000: " + wide);
    }
  }

  @Test
  void niceStepIsOneTwoOrFiveTimesAPowerOfTen() {
    assertEquals(0.2, LinearScale.niceStep(0.17), 1e-12);
    assertEquals(5, LinearScale.niceStep(3.3), 1e-12);
    assertEquals(2, LinearScale.niceStep(2.9), 1e-12);
    assertEquals(1000, LinearScale.niceStep(720), 1e-9);
    assertEquals(1, LinearScale.niceStep(1), 1e-12);
  }

  @Test
  void degenerateIntervalIsWidenedAndLabelsAreShort() {
    LinearScale s = LinearScale.of(2, 2, 0, 10);
    assertTrue(s.lo() < 2 && s.hi() > 2);
    assertThrows(IllegalArgumentException.class, () -> new LinearScale(1, 1, 0, 1));
    assertEquals("0.3333", LinearScale.label(1.0 / 3));
    assertEquals("2", LinearScale.label(2.0));
    assertEquals("1.23e+06", LinearScale.label(1234567));
  }
}
