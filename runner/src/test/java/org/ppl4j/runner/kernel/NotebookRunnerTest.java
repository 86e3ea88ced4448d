package org.ppl4j.runner.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ppl4j.inference.resampling.Resampler;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.value.Value;

/** The real cell runner: the project's compiler, data loader and methods, on small programs. */
class NotebookRunnerTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final NotebookRunner runner = new NotebookRunner();

  private Posterior<Value> run(String source, String data, String... settings) throws Exception {
    return runner.run("cell[1]", source, RunSettings.parse(List.of(settings)), JSON.readTree(data));
  }

  @Test
  void exactEnumerationOfABernoulliNamesTheLeafAfterTheReturnedVariable() throws Exception {
    Posterior<Value> p = run("x ~ bernoulli(0.25)\nreturn x", "{}", "enumerate");
    assertEquals("enumerate", p.method());
    assertEquals(0.25, p.summary().get("x").mean(), 1e-12);
  }

  @Test
  void dataComesFromTheJsonObjectAndTheSeedFixesTheRun() throws Exception {
    String program = "data ys : Real[]\nmu ~ normal(0, 1)\nfor y in ys { observe y ~ normal(mu, 1) }\nreturn mu";
    String data = "{\"ys\": [1.0, 2.0]}";
    Posterior<Value> a = run(program, data, "importance", "--particles", "500", "--seed", "3");
    Posterior<Value> b = run(program, data, "importance", "--particles", "500", "--seed", "3");
    assertEquals(a.summary().get("mu").mean(), b.summary().get("mu").mean(), 0.0);
    assertEquals(500, a.draws().size());
    // the data were used: with ys = [1, 2] the posterior is N(1, 1/3) (conjugate update of the
    // N(0, 1) prior), whose mean is 4.5 standard errors from the prior's 0 already at ESS 10;
    // |mean - 1| <= 4.5 sd / sqrt(ESS), the ESS (Kish, of independent weighted draws) at least 100
    double ess = a.summary().get("mu").ess().orElseThrow();
    double mean = a.summary().get("mu").mean();
    assertTrue(ess >= 100, "seed 3, N 500: ESS " + ess);
    assertTrue(Math.abs(mean - 1) <= 4.5 * Math.sqrt(1.0 / 3) / Math.sqrt(ess),
        "seed 3, N 500, ESS " + ess + ": mean " + mean + " vs the exact 1");
  }

  @Test
  void errorsAreRenderedDiagnosticsOrNamedSettings() {
    PplError unknown = assertThrows(PplError.class, () -> run("return nosuch", "{}", "enumerate"));
    assertTrue(unknown.getMessage().startsWith("cell[1]:1:8: error: unknown name 'nosuch'"),
        unknown.getMessage());
    assertTrue(unknown.getMessage().contains("^^^^^^"), "caret under the span");
    PplError data = assertThrows(PplError.class,
        () -> run("data flips : Bool[]\nreturn length(flips)", "{\"flips\": [1]}", "enumerate"));
    assertTrue(data.getMessage().contains("'flips'"), data.getMessage());
    PplError method = assertThrows(PplError.class,
        () -> runner.check(RunSettings.parse(List.of("nosuch"))));
    assertTrue(method.getMessage().contains("unknown method 'nosuch'; the methods are: "),
        method.getMessage());
    PplError particles = assertThrows(PplError.class,
        () -> runner.check(RunSettings.parse(List.of("smc", "--particles", "0"))));
    assertTrue(particles.getMessage().contains("--particles"), particles.getMessage());
    PplError seed = assertThrows(PplError.class,
        () -> runner.check(RunSettings.parse(List.of("smc", "--seed", "x"))));
    assertEquals("error: --seed needs an integer, got 'x'", seed.getMessage());
    PplError huge = assertThrows(PplError.class,
        () -> runner.check(RunSettings.parse(List.of("smc", "--particles", "99999999999"))));
    assertEquals("error: --particles is too large, got 99999999999", huge.getMessage());
    PplError resampler = assertThrows(PplError.class,
        () -> runner.check(RunSettings.parse(List.of("smc", "--resampler", "sytematic"))));
    assertEquals("error: --resampler must be one of multinomial, systematic, stratified,"
        + " residual, got 'sytematic' (did you mean 'systematic'?)", resampler.getMessage());
  }

  @Test
  void everyResamplerIsSelectedByItsOptionName() throws Exception {
    for (Resampler kind : Resampler.all()) {
      Posterior<Value> p = run("x ~ bernoulli(0.25)\nreturn x", "{}", "smc", "--particles", "50",
          "--resampler", kind.name(), "--seed", "1");
      assertEquals(50, p.draws().size(), kind.name());
    }
  }
}
