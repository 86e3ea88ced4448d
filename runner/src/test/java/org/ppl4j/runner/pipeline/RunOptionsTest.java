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
    texts.put("move", "Mala");
    texts.put("adapt-delta", "0.95");
    texts.put("max-treedepth", "12");
    texts.put("init", "0.5");
    texts.put("thin", "3");
    texts.put("save-warmup", "true");
    texts.put("density", "interpreted");
    texts.put("raw", "true");
    texts.put("family", "FullRank");
    texts.put("iter", "300");
    texts.put("grad-samples", "4");
    texts.put("elbo-samples", "50");
    texts.put("eta", "0.5");
    texts.put("tol-rel-obj", "0.001");
    texts.put("eval-elbo", "25");
    texts.put("max-paths", "7");
    texts.put("max-score", "-2.5");
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
    assertEquals(org.ppl4j.inference.tempered.MoveKind.MALA, o.method().move().orElseThrow());
    assertEquals(-7, o.seed().getAsLong());
    assertEquals(0.95, o.method().hmc().adaptDelta().getAsDouble());
    assertEquals(12, o.method().hmc().maxTreedepth().getAsInt());
    assertEquals(0.5, o.method().hmc().initRadius().getAsDouble());
    assertEquals(3, o.method().hmc().thin().getAsInt());
    assertTrue(o.method().hmc().saveWarmup());
    assertFalse(o.method().hmc().compiledDensity());
    assertTrue(o.method().raw());
    assertEquals(org.ppl4j.inference.advi.Family.FULLRANK, o.method().advi().family().orElseThrow());
    assertEquals(300, o.method().advi().iterations().getAsInt());
    assertEquals(4, o.method().advi().gradSamples().getAsInt());
    assertEquals(50, o.method().advi().elboSamples().getAsInt());
    assertEquals(0.5, o.method().advi().eta().getAsDouble());
    assertEquals(0.001, o.method().advi().tolRelObj().getAsDouble());
    assertEquals(25, o.method().advi().evalElbo().getAsInt());
    assertEquals(7, o.method().limits().maxPaths().getAsInt());
    assertEquals(-2.5, o.method().limits().maxScore().getAsDouble());
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
        {"move", "nuts", "--move must be one of auto, rw, mala, hmc, got 'nuts'"},
        {"particle", "3", "unknown option '--particle'"},
        {"chains", "1000000", "--chains must be at most 1000, got 1000000"},
        {"adapt-delta", "1", "--adapt-delta must be between 0 and 1 (exclusive), e.g. 0.95,"
            + " got 1.0"},
        {"adapt-delta", "high", "--adapt-delta needs a number, got 'high'"},
        {"max-treedepth", "0", "--max-treedepth must be between 1 and 30, got 0"},
        {"family", "diagonal", "--family must be meanfield or fullrank, got 'diagonal'"},
        {"iter", "0", "--iter must be at least 1, got 0"},
        {"grad-samples", "0", "--grad-samples must be at least 1, got 0"},
        {"elbo-samples", "1", "--elbo-samples must be at least 2, got 1"},
        {"eval-elbo", "0", "--eval-elbo must be at least 1, got 0"},
        {"eta", "-1", "--eta must be a step-size scale, e.g. 1 or 0.1 (finite and > 0), got -1.0"},
        {"tol-rel-obj", "Infinity", "--tol-rel-obj must be a relative tolerance, e.g. 0.001"
            + " (finite and > 0), got Infinity"},
        {"max-paths", "0", "--max-paths must be at least 1, got 0"},
        {"max-score", "NaN", "--max-score must be a finite log weight, got NaN"},
        {"max-treedepth", "31", "--max-treedepth must be between 1 and 30, got 31"},
        {"init", "-1", "--init must be a radius >= 0 (initial values uniform on (-R, R) on the"
            + " unconstrained scale), got -1.0"},
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

  @Test
  void initIsARadiusOrInitialValuesByName() {
    RunOptions radius = RunOptions.parse(Map.of("init", "0.5"));
    assertEquals(0.5, radius.method().hmc().initRadius().getAsDouble());
    assertTrue(radius.method().hmc().initValues().isEmpty());
    RunOptions inline = RunOptions.parse(Map.of("init", " {\"mu\": 1.5}"));
    assertTrue(inline.method().hmc().initRadius().isEmpty());
    assertEquals(java.util.Set.of("mu"),
        inline.method().hmc().initValues().orElseThrow().values().keySet());
    assertTrue(inline.method().isGiven(org.ppl4j.runner.method.MethodOption.INIT));
    // a missing file is a user error (exit 1), not a usage error, naming --init and the file
    UserError missing = assertThrows(UserError.class,
        () -> RunOptions.parse(Map.of("init", "inits.json")));
    assertFalse(missing instanceof UserError.Usage);
    assertTrue(missing.getMessage().startsWith("--init inits.json: no such file; --init takes a"
        + " radius R >= 0"), missing.getMessage());
  }
}
