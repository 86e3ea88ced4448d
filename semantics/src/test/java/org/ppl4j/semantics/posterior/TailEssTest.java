package org.ppl4j.semantics.posterior;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ppl4j.semantics.random.Rng;

/**
 * The tail ESS of {@link ChainDiagnostics#tailEss}: near the number of draws for independent
 * draws, far below it for a sticky chain, undefined for constant draws; and the quantile it
 * cuts at is R's type 7.
 */
class TailEssTest {

  private static double[][] ar1(double phi, long seed) {
    Rng rng = Rng.seeded(seed);
    double[][] chains = new double[4][1000];
    for (double[] chain : chains) {
      double x = rng.nextGaussian();
      for (int i = 0; i < chain.length; i++) {
        x = phi * x + Math.sqrt(1 - phi * phi) * rng.nextGaussian();
        chain[i] = x;
      }
    }
    return chains;
  }

  @Test
  void independentDrawsHaveATailEssNearTheirNumber() {
    // seed 7, 4 x 1,000 iid normals: the indicator of the 5% tail has variance 0.0475 and its
    // ESS estimate a relative spread of a few percent; [3000, 5200] is many spreads wide
    double tail = ChainDiagnostics.tailEss(ar1(0.0, 7));
    assertTrue(tail > 3000 && tail < 5200, "tail ESS " + tail);
  }

  @Test
  void aStickyChainHasALowTailEss() {
    // AR(1) with phi 0.95: integrated autocorrelation time of x about 39, so ESS ≈ 100
    double tail = ChainDiagnostics.tailEss(ar1(0.95, 8));
    assertTrue(tail < 600, "tail ESS " + tail);
    assertTrue(tail < ChainDiagnostics.tailEss(ar1(0.0, 8)) / 4);
  }

  @Test
  void constantDrawsHaveNoTailEss() {
    double[][] constant = {{1, 1, 1, 1, 1, 1}, {1, 1, 1, 1, 1, 1}};
    assertTrue(Double.isNaN(ChainDiagnostics.tailEss(constant)));
  }

  @Test
  void quantilesInterpolateBetweenOrderStatistics() {
    double[] sorted = {1, 2, 3, 4};
    assertEquals(2.5, ChainDiagnostics.quantile(sorted, 0.5), 1e-15);
    assertEquals(1.15, ChainDiagnostics.quantile(sorted, 0.05), 1e-12);
    assertEquals(3.85, ChainDiagnostics.quantile(sorted, 0.95), 1e-12);
  }

  @Test
  void theMcseOfTheMeanIsSdOverRootEss() {
    Posterior<Double> p = Posterior.fromChains("test", java.util.List.of(
        java.util.Arrays.stream(ar1(0.0, 9)[0]).boxed().toList(),
        java.util.Arrays.stream(ar1(0.0, 9)[1]).boxed().toList()), Diagnostics.none());
    Summary s = p.summary().get("value");
    assertEquals(s.sd() / Math.sqrt(s.ess().getAsDouble()), s.mcse().getAsDouble(), 1e-15);
  }
}
