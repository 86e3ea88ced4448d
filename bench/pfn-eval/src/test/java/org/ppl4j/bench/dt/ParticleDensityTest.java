package org.ppl4j.bench.dt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.ppl4j.pfn.dt.Gmm;

/** Exact checks of the kernel density estimate's weights and Silverman bandwidth. */
class ParticleDensityTest {

  @Test
  void equalWeightsGiveSilvermanBandwidthWithEssN() {
    double[] values = {0, 1, 2, 3, 4, 5, 6, 7};
    double[] logWeights = new double[values.length];
    java.util.Arrays.fill(logWeights, -3.0);
    Gmm kde = ParticleDensity.of(values, logWeights);
    // weighted sd = sqrt(5.25); weighted quartiles 1 and 5, so IQR / 1.34 = 2.985 > sd.
    double expected = 0.9 * Math.sqrt(5.25) * Math.pow(8, -0.2);
    assertEquals(8, kde.components());
    for (int c = 0; c < 8; c++) {
      assertEquals(Math.log(1.0 / 8), kde.logWeight(c), 1e-12);
      assertEquals(expected, kde.cholesky(c, 0, 0), 1e-12);
    }
  }

  @Test
  void unequalWeightsUseTheKishEss() {
    double[] values = {-1, 1};
    double[] logWeights = {Math.log(3), Math.log(1)};
    Gmm kde = ParticleDensity.of(values, logWeights);
    // weights 3/4, 1/4: mean -1/2, var 3/4; Kish ESS 16 / 10; the IQR is 2, so sd is the spread.
    double expected = 0.9 * Math.sqrt(0.75) * Math.pow(1.6, -0.2);
    assertEquals(Math.log(0.75), kde.logWeight(0), 1e-12);
    assertEquals(expected, kde.cholesky(1, 0, 0), 1e-12);
  }
}
