package org.ppl4j.runner.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ppl4j.inference.resampling.Resampler;
import org.ppl4j.runner.UserError;
import org.ppl4j.runner.method.MethodOption;

/** The one reading and validation of option texts, shared by the command line and notebooks. */
class RunOptionsTest {

  @Test
  void everyOptionIsReadFromItsText() {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("particles", "500");
    texts.put("resampler", "Residual");
    texts.put("ess-threshold", "0.25");
    texts.put("samples", "10");
    texts.put("warmup", "0");
    texts.put("chains", "3");
    texts.put("mcmc-steps", "2");
    texts.put("net", "n.pfn");
    texts.put("proposal", "RW");
    texts.put("adapt-delta", "0.95");
    texts.put("max-treedepth", "12");
    texts.put("init", "0.5");
    texts.put("thin", "3");
    texts.put("save-warmup", "true");
    texts.put("density", "interpreted");
    texts.put("raw", "true");
    texts.put("seed", "-7");
    RunOptions o = RunOptions.parse(texts);
    assertEquals(500, o.method().particles().getAsInt());
    assertEquals("residual", o.method().resampler().orElseThrow().name());
    assertEquals(0.25, o.method().essThreshold().getAsDouble());
    assertEquals(10, o.method().samples().getAsInt());
    assertEquals(0, o.method().warmup().getAsInt());
    assertEquals(3, o.method().chains().getAsInt());
    assertEquals(2, o.method().mcmcSteps().getAsInt());
    assertEquals("n.pfn", o.method().net().orElseThrow().toString());
    assertEquals(org.ppl4j.inference.kernels.Proposal.RW, o.method().proposal().orElseThrow());
    assertEquals(-7, o.seed().getAsLong());
    assertEquals(0.95, o.method().hmc().adaptDelta().getAsDouble());
    assertEquals(12, o.method().hmc().maxTreedepth().getAsInt());
    assertEquals(0.5, o.method().hmc().initRadius().getAsDouble());
    assertEquals(3, o.method().hmc().thin().getAsInt());
    assertTrue(o.method().hmc().saveWarmup());
    assertFalse(o.method().hmc().compiledDensity());
    assertTrue(o.method().raw());
    for (MethodOption option : MethodOption.values()) {
      assertTrue(o.method().isGiven(option), option.flag());
    }
    assertTrue(RunOptions.parse(Map.of()).seed().isEmpty());
  }

  @Test
  void theResamplersAreTheInferenceModulesTable() {
    for (Resampler r : Resampler.all()) {
      assertEquals(r.name(), RunOptions.resampler(r.name()).name());
      assertEquals(r.getClass(), RunOptions.resampler(r.name().toUpperCase(java.util.Locale.ROOT)).getClass());
    }
    UserError.Usage e = assertThrows(UserError.Usage.class, () -> RunOptions.resampler("x"));
    assertEquals("--resampler must be one of multinomial, systematic, stratified, residual,"
        + " got 'x'", e.getMessage());
  }

  @Test
  void badTextsAreUsageErrorsNamingTheFlag() {
    String[][] cases = {
        {"particles", "0", "--particles must be at least 1, got 0"},
        {"particles", "many", "--particles needs an integer, got 'many'"},
        {"particles", "99999999999", "--particles is too large, got 99999999999"},
        {"warmup", "-1", "--warmup must be at least 0, got -1"},
        {"ess-threshold", "1.5",
            "--ess-threshold must be between 0 and 1 (a fraction of the particles), got 1.5"},
        {"ess-threshold", "half", "--ess-threshold needs a number, got 'half'"},
        {"seed", "x", "--seed needs an integer, got 'x'"},
        {"proposal", "fast", "--proposal must be one of auto, prior, rw, got 'fast'"},
        {"particle", "3", "unknown option '--particle'"},
        {"chains", "1000000", "--chains must be at most 1000, got 1000000"},
        {"adapt-delta", "1", "--adapt-delta must be between 0 and 1 (exclusive), e.g. 0.95,"
            + " got 1.0"},
        {"adapt-delta", "high", "--adapt-delta needs a number, got 'high'"},
        {"max-treedepth", "0", "--max-treedepth must be between 1 and 30, got 0"},
        {"max-treedepth", "31", "--max-treedepth must be between 1 and 30, got 31"},
        {"init", "-1", "--init must be a radius >= 0 (initial values uniform on (-R, R) on the"
            + " unconstrained scale), got -1.0"},
        {"init", "inits.json", "--init needs a radius R >= 0 (initial values uniform on (-R, R)"
            + " on the unconstrained scale, as Stan's init=R; initial values by name are not"
            + " supported yet), got 'inits.json'"},
        {"thin", "0", "--thin must be at least 1, got 0"},
        {"save-warmup", "yes", "--save-warmup is true or false, got 'yes'"},
        {"density", "fast", "--density must be one of compiled, interpreted, got 'fast'"},
    };
    for (String[] c : cases) {
      UserError.Usage e = assertThrows(UserError.Usage.class,
          () -> RunOptions.parse(Map.of(c[0], c[1])), c[0]);
      assertEquals(c[2], e.getMessage());
      assertEquals("error: " + c[2], e.render());
    }
  }

  @Test
  void aUsageErrorIsTheSameObjectEveryFrontEndRenders() {
    UserError.Usage e = UserError.usage("m");
    assertSame(e, UserErrors.of(e, Map.of()).orElseThrow());
  }
}
