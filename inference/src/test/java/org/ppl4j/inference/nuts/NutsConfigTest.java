package org.ppl4j.inference.nuts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Validation of {@link NutsConfig}: each bad field is named with its value. */
class NutsConfigTest {

  @Test
  void defaultsAreStans() {
    NutsConfig c = NutsConfig.defaults();
    assertEquals(1000, c.warmup());
    assertEquals(1000, c.samples());
    assertEquals(4, c.chains());
    assertEquals(0.8, c.targetAcceptance());
    assertEquals(10, c.maxTreeDepth());
    assertEquals(1000.0, c.maxEnergyError());
  }

  @Test
  void badFieldsAreNamed() {
    NutsConfig d = NutsConfig.defaults();
    assertMessage("samples", () -> d.withIterations(10, 0, 1));
    assertMessage("warmup", () -> d.withIterations(-1, 10, 1));
    assertMessage("chains", () -> d.withIterations(10, 10, 0));
    assertMessage("targetAcceptance", () -> d.withTargetAcceptance(1.0));
    assertMessage("maxTreeDepth", () -> new NutsConfig(10, 10, 1, 0.8, 0, 1000, 2));
    assertMessage("maxEnergyError", () -> new NutsConfig(10, 10, 1, 0.8, 10, 0, 2));
    assertMessage("initRadius", () -> new NutsConfig(10, 10, 1, 0.8, 10, 1000, -1));
  }

  private static void assertMessage(String field, Runnable r) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::run);
    assertTrue(e.getMessage().startsWith(field), e.getMessage());
  }
}
