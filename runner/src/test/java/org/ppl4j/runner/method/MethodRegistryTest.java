package org.ppl4j.runner.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class MethodRegistryTest {

  @Test
  void standardMethodsCoverLanguageSection8AndFitTheHelpLine() {
    MethodRegistry registry = StandardMethods.registry();
    for (String name : List.of("auto", "enumerate", "rejection", "importance", "smc", "rmsmc", "tempered", "pmmh",
        "mh", "pfn", "dt")) {
      assertTrue(registry.find(name).isPresent(), "missing method " + name);
    }
    for (InferenceMethod m : registry.methods()) {
      assertTrue(m.description().length() <= 64, m.name() + ": description over 64 characters");
      assertEquals(m.name().toLowerCase(java.util.Locale.ROOT), m.name());
    }
    // issue 15: the default is auto, which picks enumerate, nuts, smc or tempered by the model
    assertEquals("auto", registry.defaultMethod().orElseThrow().name());
  }

  @Test
  void duplicateNamesAreRefusedAndTheDefaultFallsBack() {
    InferenceMethod enumerate = new EnumerateMethod();
    assertThrows(IllegalArgumentException.class,
        () -> new MethodRegistry(List.of(enumerate, new EnumerateMethod()), List.of()));
    MethodRegistry one = new MethodRegistry(List.of(enumerate), List.of("smc", "importance"));
    assertEquals("enumerate", one.defaultMethod().orElseThrow().name(),
        "no preferred method registered: the first one");
    assertTrue(new MethodRegistry(List.of(), List.of("smc")).defaultMethod().isEmpty());
  }

  @Test
  void optionsAreValidatedWithTheFlagInTheMessage() {
    MethodOptions none = MethodOptions.none();
    for (MethodOption option : MethodOption.values()) {
      assertTrue(!none.isGiven(option), option + " given in none()");
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
        new MethodOptions(OptionalInt.of(0), none.resampler(), none.essThreshold(),
            none.samples(), none.warmup(), none.chains(), none.mcmcSteps(), none.net()));
    assertEquals("--particles must be at least 1, got 0", e.getMessage());
  }
}
