package org.ppl4j.proofs.nuts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppl4j.compiler.PplCompiler;
import org.ppl4j.compiler.Program;
import org.ppl4j.compiler.diagnostics.PplException;
import org.ppl4j.runner.data.DataLoader;
import org.ppl4j.runner.method.InferenceProblem;
import org.ppl4j.runner.method.MethodOptions;
import org.ppl4j.runner.method.NutsMethod;
import org.ppl4j.runner.progress.Progress;
import org.ppl4j.semantics.infer.InferenceException;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.Value;

/**
 * {@code --method nuts} on {@code .ppl} programs: the posterior of a conjugate program, the
 * CmdStan CSV files of {@code --draws}, and the errors a user can cause.
 */
class NutsMethodTest {

  private static InferenceProblem problem(String source, String json) {
    Program program = PplCompiler.compile("test.ppl", source);
    var data = DataLoader.parse(program.dataInputs(), "test.json", json);
    return new InferenceProblem(program, data.values());
  }

  private static MethodOptions options(int warmup, int samples, int chains) {
    MethodOptions none = MethodOptions.none();
    return new MethodOptions(none.particles(), none.resampler(), none.essThreshold(),
        OptionalInt.of(samples), OptionalInt.of(warmup), OptionalInt.of(chains),
        none.mcmcSteps(), none.net());
  }

  private static final String COIN = "data flips : Bool[]\n"
      + "p ~ beta(2, 2)\n"
      + "let theta = [p, 1 - p]\n"
      + "for f in flips {\n  observe f ~ bernoulli(p)\n}\n"
      + "return {p: p, theta: theta}\n";

  @Test
  void betaBernoulliPosteriorMeanWithinMonteCarloError(@TempDir Path dir) throws IOException {
    // 7 heads in 10: posterior beta(9, 5), mean 9/14; |mean - exact| <= 4.5 sd / sqrt(ESS),
    // trusted after ESS >= 400 and R-hat <= 1.01 are asserted
    InferenceProblem problem = problem(COIN,
        "{\"flips\": [true,true,false,true,true,false,true,true,false,true]}");
    Path out = dir.resolve("coin.csv");
    Posterior<Value> posterior = new NutsMethod().run(problem, options(300, 500, 4),
        Rng.seeded(3), Progress.silent(), Optional.of(out), 3);
    double mean = posterior.mean("p");
    double exact = 9.0 / 14;
    double sd = Math.sqrt(9.0 * 5 / (14 * 14 * 15));
    double ess = posterior.summary().get("p").ess().orElseThrow();
    double rhat = posterior.summary().get("p").rhat().orElseThrow();
    assertTrue(ess >= 400 && rhat <= 1.01,
        "seed 3, N 2000: ESS " + ess + " (floor 400), R-hat " + rhat + " (bound 1.01)");
    assertTrue(Math.abs(mean - exact) <= 4.5 * sd / Math.sqrt(ess),
        "seed 3, N 2000, mean " + mean + " vs " + exact + ", ESS " + ess);
    // the sd's standard error: sd sqrt((kurtosis - 1) / (4 ESS)); beta(9, 5) has kurtosis 2.765
    double kurtosis = 3 + 6.0 * (4 * 4 * 15 - 9 * 5 * 16) / (9 * 5 * 16 * 17);
    double gotSd = posterior.summary().get("p").sd();
    assertTrue(Math.abs(gotSd - sd) <= 4.5 * sd * Math.sqrt((kurtosis - 1) / (4 * ess)),
        "seed 3, N 2000, sd " + gotSd + " vs " + sd + ", ESS " + ess);
    assertEquals(0L, posterior.diagnostics().divergences().orElseThrow());

    for (int c = 1; c <= 4; c++) {
      List<String> lines = Files.readAllLines(dir.resolve("coin_" + c + ".csv"));
      assertTrue(lines.contains("# id = " + c + (c == 1 ? " (Default)" : "")), "chain id line");
      assertTrue(lines.contains("#   seed = 3"), "seed line");
      List<String> data = lines.stream().filter(l -> !l.startsWith("#")).toList();
      assertEquals("lp__,accept_stat__,stepsize__,treedepth__,n_leapfrog__,divergent__,"
          + "energy__,p,theta.1,theta.2", data.get(0));
      assertEquals(501, data.size(), "header + 500 draws");
      for (String row : data.subList(1, data.size())) {
        String[] cells = row.split(",");
        assertEquals(10, cells.length);
        double p = Double.parseDouble(cells[7]);
        assertEquals(p, Double.parseDouble(cells[8]), 0.0);
        assertEquals(1 - p, Double.parseDouble(cells[9]), 1e-12);
        assertTrue(Double.parseDouble(cells[4]) >= 1, "n_leapfrog");
      }
    }
  }

  @Test
  void discreteDrawsAreRefusedWithAHint() {
    // a discrete draw that a later observe depends on (one that none depends on is a generated
    // quantity, LANGUAGE.md §9.4, and runs: GeneratedQuantitiesTest)
    InferenceProblem problem = problem("k ~ poisson(3)\nobserve 2.0 ~ normal(k, 1)\nreturn k\n",
        "{}");
    InferenceException e = assertThrows(InferenceException.class,
        () -> NutsMethod.sample(problem, org.ppl4j.inference.nuts.NutsConfig.defaults(),
            Rng.seeded(1)));
    assertTrue(e.getMessage().startsWith("nuts: ") && e.getMessage().contains("'poisson'")
        && e.getMessage().contains("smc"), e.getMessage());
  }

  @Test
  void aParameterOutsideItsDomainEverywhereIsTheProgramsError() {
    InferenceProblem problem = problem("x ~ normal(0, 1)\nobserve 1.0 ~ normal(x, -1)\n"
        + "return x\n", "{}");
    PplException e = assertThrows(PplException.class,
        () -> NutsMethod.sample(problem, org.ppl4j.inference.nuts.NutsConfig.defaults(),
            Rng.seeded(1)));
    assertTrue(e.getMessage().contains("sigma"), e.getMessage());
  }

  @Test
  void namesFollowCmdStan() {
    assertEquals("theta.1", org.ppl4j.inference.nuts.CmdStanCsv.columnName("theta[0]"));
    assertEquals("a.b.3.2", org.ppl4j.inference.nuts.CmdStanCsv.columnName("a.b[2][1]"));
    assertEquals(Path.of("/x/out_2.csv"),
        org.ppl4j.inference.nuts.CmdStanCsv.chainFile(Path.of("/x/out.csv"), 2));
  }
}
