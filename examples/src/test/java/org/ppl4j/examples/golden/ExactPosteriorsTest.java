package org.ppl4j.examples.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cross-checks of the oracles: each against an independent computation. */
class ExactPosteriorsTest {

  @Test
  void burglaryMatchesTheTextbookValue() {
    // Russell and Norvig, AIMA, section 14.4: P(burglary | john, mary) = 0.284.
    assertEquals(0.284, ExactPosteriors.burglary().leaves().get("burglary").mean(), 5e-4);
  }

  @Test
  void forwardBackwardMatchesBruteForceOverAllPaths() {
    int[] obs = {0, 2, 1, 2, 0, 0};
    double[][] trans = {{0.9, 0.1}, {0.2, 0.8}};
    double[][] emit = {{0.7, 0.2, 0.1}, {0.1, 0.3, 0.6}};
    double[] marginal = new double[obs.length];
    double total = 0;
    for (int path = 0; path < 1 << obs.length; path++) {
      double mass = 0.5;
      for (int t = 0; t < obs.length; t++) {
        int z = path >> t & 1;
        if (t > 0) {
          mass *= trans[path >> (t - 1) & 1][z];
        }
        mass *= emit[z][obs[t]];
      }
      total += mass;
      for (int t = 0; t < obs.length; t++) {
        marginal[t] += (path >> t & 1) * mass;
      }
    }
    Reference ref = ExactPosteriors.hmm(obs);
    for (int t = 0; t < obs.length; t++) {
      assertEquals(marginal[t] / total, ref.leaves().get("zs[" + t + "]").mean(), 1e-12);
    }
  }

  @Test
  void conjugateLinearRegressionMatchesQuadrature() {
    double[] x = {-1, -0.5, 0, 0.5, 1};
    double[] y = {-1.1, 0.2, 0.9, 2.1, 3.0};
    Reference exact = ExactPosteriors.linearRegression(x, y, 0.5);
    Reference grid = ExactPosteriors.grid2(-2, 4, -2, 6, 801, "alpha", "beta", (a, b) -> {
      double log = -(a * a + b * b) / 200;
      for (int i = 0; i < x.length; i++) {
        double r = y[i] - a - b * x[i];
        log -= r * r / (2 * 0.25);
      }
      return log;
    });
    for (String leaf : new String[] {"alpha", "beta"}) {
      assertEquals(exact.leaves().get(leaf).mean(), grid.leaves().get(leaf).mean(), 1e-6);
      assertEquals(exact.leaves().get(leaf).sd(), grid.leaves().get(leaf).sd(), 1e-4);
    }
  }

  @Test
  void tugOfWarProbabilitiesSumToOneAndFavourStrength() {
    Map<String, Double> p = ExactPosteriors.tugOfWar().leaves().get("value").probabilities()
        .orElseThrow();
    assertEquals(1.0, p.values().stream().mapToDouble(Double::doubleValue).sum(), 1e-12);
    assertEquals(true, p.get("3") > p.get("2") && p.get("2") > p.get("1"), p.toString());
  }
}
