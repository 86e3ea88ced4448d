package org.ppl4j.runner.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HistogramTest {

  @Test
  void weightedBinningGivesExactMasses() {
    // draws 0, 0.5, 1 with weights 1, 2, 1 (log domain, shifted by 7 to check normalisation)
    double[] values = {0, 0.5, 1};
    double[] logWeights = {7, 7 + Math.log(2), 7};
    Histogram h = Histogram.of(values, logWeights, 2);
    assertArrayEquals(new double[] {0, 0.5, 1}, h.edges(), 1e-12);
    // 0 falls in [0, .5); 0.5 and 1 in [.5, 1] (the last bin is closed)
    assertArrayEquals(new double[] {0.25, 0.75}, h.masses(), 1e-12);
    assertEquals(1.5, h.density(1), 1e-12);
  }

  @Test
  void dropsZeroWeightAndNonFiniteDraws() {
    double[] values = {1, 2, Double.NaN, 100};
    double[] logWeights = {0, 0, 0, Double.NEGATIVE_INFINITY};
    Histogram h = Histogram.of(values, logWeights, 4);
    assertEquals(1, h.edges()[0], 1e-12);
    assertEquals(2, h.edges()[4], 1e-12);
    assertArrayEquals(new double[] {0.5, 0, 0, 0.5}, h.masses(), 1e-12);
  }

  @Test
  void singleValuedPosteriorGetsAWidenedBin() {
    Histogram h = Histogram.of(new double[] {3, 3}, new double[2], 1);
    assertEquals(1, h.masses()[0], 1e-12);
    assertEquals(3, (h.edges()[0] + h.edges()[1]) / 2, 1e-12);
  }

  @Test
  void rejectsBadInput() {
    assertThrows(IllegalArgumentException.class, () -> Histogram.of(new double[1], new double[2], 3));
    assertThrows(IllegalArgumentException.class, () -> Histogram.of(new double[1], new double[1], 0));
    assertThrows(IllegalArgumentException.class,
        () -> Histogram.of(new double[] {Double.NaN}, new double[1], 3));
    assertThrows(IllegalArgumentException.class,
        () -> new Histogram(new double[] {0, 0}, new double[] {1}));
    assertThrows(IllegalArgumentException.class,
        () -> new Histogram(new double[] {0, 1}, new double[] {-1}));
  }
}
