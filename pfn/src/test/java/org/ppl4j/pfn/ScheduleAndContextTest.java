package org.ppl4j.pfn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ppl4j.pfn.train.LearningRateSchedule;
import org.ppl4j.semantics.random.Rng;

/** The context-size distribution and the learning-rate schedule. */
class ScheduleAndContextTest {

  @Test
  void contextSizeProbabilitiesAreProportionalToOneOverQueries() {
    int t = 10;
    ContextSizeSampler s = new ContextSizeSampler(t);
    double h = 0;
    for (int m = 1; m <= t; m++) {
      h += 1.0 / m;
    }
    for (int n = 0; n < t; n++) {
      assertEquals(1.0 / (t - n) / h, s.probability(n), 1e-12);
    }
    assertEquals(t / h, s.expectedQueries(), 1e-12);
  }

  @Test
  void contextSizesParseTheirOptionNames() {
    for (ContextSizes c : ContextSizes.values()) {
      assertEquals(c, ContextSizes.parse(c.optionName()));
    }
    assertEquals(ContextSizes.EQUAL_QUERIES, ContextSizes.parse("Equal_Queries"));
    assertThrows(IllegalArgumentException.class, () -> ContextSizes.parse("geometric"));
  }

  @Test
  void uniformContextSizesAsInTheOriginalPfn() {
    int t = 10;
    ContextSizeSampler s = new ContextSizeSampler(t, ContextSizes.UNIFORM);
    for (int n = 0; n < t; n++) {
      assertEquals(0.1, s.probability(n), 1e-12);
    }
    assertEquals((t + 1) / 2.0, s.expectedQueries(), 1e-12);
    Rng rng = Rng.seeded(19);
    int draws = 100_000;
    int[] counts = new int[t];
    for (int i = 0; i < draws; i++) {
      counts[s.draw(rng)]++;
    }
    double chi2 = 0;
    for (int k = 0; k < t; k++) {
      double e = draws * 0.1;
      chi2 += (counts[k] - e) * (counts[k] - e) / e;
    }
    // 9 degrees of freedom, p = 1e-4.
    assertTrue(chi2 < 33.7, "seed 19, N " + draws + ", chi-square " + chi2);
  }

  /**
   * Seed 17, N = 200,000 draws for T = 10: Pearson chi-square against the exact probabilities
   * with 9 degrees of freedom must stay below 33.7 (p = 1e-4).
   */
  @Test
  void contextSizeDrawsFollowTheirProbabilities() {
    int t = 10;
    ContextSizeSampler s = new ContextSizeSampler(t);
    Rng rng = Rng.seeded(17);
    int n = 200_000;
    int[] counts = new int[t];
    for (int i = 0; i < n; i++) {
      counts[s.draw(rng)]++;
    }
    double chi2 = 0;
    for (int k = 0; k < t; k++) {
      double e = n * s.probability(k);
      chi2 += (counts[k] - e) * (counts[k] - e) / e;
    }
    assertTrue(chi2 < 33.7, "seed 17, N " + n + ", chi-square " + chi2);
  }

  @Test
  void warmupThenCosine() {
    LearningRateSchedule s = new LearningRateSchedule(1e-3, 10, 110);
    assertEquals(5e-4, s.at(5), 1e-15);
    assertEquals(1e-3, s.at(10), 1e-15);
    assertEquals(5e-4, s.at(60), 1e-12);
    assertEquals(0, s.at(110), 1e-15);
    assertEquals(s.at(60), s.atFraction(60 / 110.0), 1e-12);
    assertEquals(s.at(5), s.atFraction(5 / 110.0), 1e-12);
  }

  @Test
  void configNamesTheBadField() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PfnTrainConfig.defaults().withBatch(0));
    assertEquals("batch must be > 0, got 0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> PfnTrainConfig.defaults().withBatch(16).withContextGroups(3));
    assertEquals("contextGroups must be > 0 and divide batch 16, got 3", e.getMessage());
  }
}
