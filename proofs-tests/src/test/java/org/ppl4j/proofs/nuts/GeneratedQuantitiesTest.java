package org.ppl4j.proofs.nuts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppl4j.compiler.PplCompiler;
import org.ppl4j.compiler.Program;
import org.ppl4j.compiler.diagnostics.SourceScoreSite;
import org.ppl4j.runner.data.DataLoader;
import org.ppl4j.runner.method.InferenceProblem;
import org.ppl4j.runner.method.MethodOptions;
import org.ppl4j.runner.method.StandardMethods;
import org.ppl4j.runner.progress.Progress;
import org.ppl4j.semantics.infer.InferenceException;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.posterior.Summary;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.Value;

/**
 * Generated quantities (LANGUAGE.md §9.4): a posterior-predictive draw that no later score
 * depends on runs under every method, NUTS included, and has the exact predictive law; a
 * discrete draw that a later observe depends on is still refused by NUTS, at its site.
 *
 * <p>The gamma–Poisson predictive: {@code l ~ gamma(2, 1)} (rate 1), four Poisson counts
 * {@code ys = [3, 1, 4, 2]} (sum 10): the posterior is {@code gamma(a = 12, b = 5)}, so
 * {@code y_new | ys} is negative binomial with mean {@code a / b = 2.4} and variance
 * {@code a / b + a / b^2 = 2.88} (law of total variance: E[l] + Var[l]); its excess kurtosis
 * is {@code 6 / a + (b / (1 + b))^2 / (a / (1 + b)) = 0.5 + 0.3472 = 0.8472} (the negative
 * binomial with r = a, success probability 1 / (1 + b)).
 */
class GeneratedQuantitiesTest {
  static final String GAMMA_POISSON = "data ys : Int[]\n"
      + "l ~ gamma(2, 1)\n"
      + "for y in ys {\n  observe y ~ poisson(l)\n}\n"
      + "return {l: l, y_new: sample(poisson(l))}\n";
  static final String YS = "{\"ys\": [3, 1, 4, 2]}";
  static final double MEAN = 2.4;
  static final double VARIANCE = 2.88;
  static final double KURTOSIS = 3 + 0.5 + (25.0 / 36) / 2;

  static InferenceProblem problem(String source, String json) {
    Program program = PplCompiler.compile("gq.ppl", source);
    var data = DataLoader.parse(program.dataInputs(), "gq.json", json);
    return new InferenceProblem(program, data.values());
  }

  static MethodOptions options(int warmup, int samples, int chains, int particles) {
    MethodOptions none = MethodOptions.none();
    return new MethodOptions(particles > 0 ? OptionalInt.of(particles) : none.particles(),
        none.resampler(), none.essThreshold(),
        samples > 0 ? OptionalInt.of(samples) : none.samples(),
        warmup > 0 ? OptionalInt.of(warmup) : none.warmup(),
        chains > 0 ? OptionalInt.of(chains) : none.chains(), none.mcmcSteps(), none.net());
  }

  static Posterior<Value> run(String method, InferenceProblem problem, MethodOptions options,
      long seed) {
    return run(method, problem, options, seed, Optional.empty());
  }

  static Posterior<Value> run(String method, InferenceProblem problem, MethodOptions options,
      long seed, Optional<Path> draws) {
    return StandardMethods.registry().find(method).orElseThrow()
        .run(problem, options, Rng.seeded(seed), Progress.silent(), draws, seed);
  }

  /**
   * The predictive's mean and variance within Monte Carlo error: |mean - 2.4| <= 4.5
   * sqrt(2.88 / n) and |var - 2.88| <= 4.5 * 2.88 sqrt((kurtosis - 1) / n), n the effective
   * sample size the summary reports (for weighted or correlated draws).
   */
  static void assertPredictive(String method, long seed, Posterior<Value> posterior) {
    Summary s = posterior.summary().get("y_new");
    double n = s.ess().orElseThrow();
    double mean = s.mean();
    double variance = s.sd() * s.sd();
    String context = method + ", seed " + seed + ", ESS " + n;
    assertTrue(n >= 300, context + ": too few effective draws to judge");
    assertTrue(Math.abs(mean - MEAN) <= 4.5 * Math.sqrt(VARIANCE / n),
        context + ": mean " + mean + " vs " + MEAN);
    assertTrue(Math.abs(variance - VARIANCE)
            <= 4.5 * VARIANCE * Math.sqrt((KURTOSIS - 1) / n),
        context + ": variance " + variance + " vs " + VARIANCE);
  }

  @Test
  void nutsDrawsThePosteriorPredictive() {
    InferenceProblem problem = problem(GAMMA_POISSON, YS);
    Posterior<Value> posterior = run("nuts", problem, options(500, 1000, 4, 0), 11);
    assertPredictive("nuts", 11, posterior);
    // l is still the parameter: gamma(12, 5), mean 2.4, sd sqrt(12) / 5
    Summary l = posterior.summary().get("l");
    double n = l.ess().orElseThrow();
    assertTrue(Math.abs(l.mean() - 2.4) <= 4.5 * (Math.sqrt(12) / 5) / Math.sqrt(n),
        "nuts, seed 11: l mean " + l.mean());
  }

  @Test
  void smcDrawsThePosteriorPredictive() {
    InferenceProblem problem = problem(GAMMA_POISSON, YS);
    assertPredictive("smc", 5, run("smc", problem, options(0, 0, 0, 20000), 5));
  }

  @Test
  void mhDrawsThePosteriorPredictive() {
    InferenceProblem problem = problem(GAMMA_POISSON, YS);
    assertPredictive("mh", 7, run("mh", problem, options(1000, 5000, 4, 0), 7));
  }

  @Test
  void enumerateGivesTheExactPredictive() {
    // c ~ bernoulli(1/2); true observed with probability 0.9 if c, else 0.2: P(c | obs) =
    // 0.45 / 0.55 = 9/11; a new observation is true with probability (0.45 * 0.9 + 0.1 * 0.2) /
    // 0.55 = 0.425 / 0.55 = 17/22
    String source = "c ~ bernoulli(0.5)\n"
        + "let p = if c { 0.9 } else { 0.2 }\n"
        + "observe true ~ bernoulli(p)\n"
        + "return {c: c, y_new: sample(bernoulli(p))}\n";
    Posterior<Value> posterior = run("enumerate", problem(source, "{}"), MethodOptions.none(), 1);
    assertEquals(9.0 / 11, posterior.mean("c"), 1e-12);
    assertEquals(17.0 / 22, posterior.mean("y_new"), 1e-12);
  }

  @Test
  void nutsAgreesWithEnumerationOnADiscretePredictiveOfAContinuousParameter() {
    // p ~ beta(1, 1), 3 of 4 heads: p | data ~ beta(4, 2); a new flip is heads with probability
    // E[p] = 2/3 exactly; Bernoulli draws have variance 2/9, so |mean - 2/3| <= 4.5 sqrt(2/9/n)
    String source = "p ~ beta(1, 1)\n"
        + "for f in [true, true, false, true] {\n  observe f ~ bernoulli(p)\n}\n"
        + "let heads = sample(bernoulli(p))\n"
        + "return {p: p, heads: if heads { 1 } else { 0 }}\n";
    Posterior<Value> posterior = run("nuts", problem(source, "{}"), options(500, 1000, 4, 0), 2);
    Summary heads = posterior.summary().get("heads");
    double n = heads.ess().orElseThrow();
    assertTrue(Math.abs(heads.mean() - 2.0 / 3) <= 4.5 * Math.sqrt(2.0 / 9 / n),
        "nuts, seed 2, ESS " + n + ": P(heads) " + heads.mean());
  }

  @Test
  void aDiscreteDrawALaterObserveDependsOnIsRefusedAtItsSite() {
    String source = "mu ~ normal(0, 1)\n"
        + "k ~ poisson(3)\n"
        + "observe 2.5 ~ normal(mu + k, 1)\n"
        + "return mu\n";
    InferenceException e = assertThrows(InferenceException.class,
        () -> run("nuts", problem(source, "{}"), options(10, 10, 1, 0), 1));
    assertTrue(e.site() instanceof SourceScoreSite s && s.span().line() == 2,
        "site: " + e.site());
    assertTrue(e.getMessage().contains("'poisson'")
        && e.getMessage().contains("the 'observe' at gq.ppl:3:1 depends on it")
        && e.getMessage().contains("move the draw after"), e.getMessage());
  }

  @Test
  void aDependenceThroughAConditionIsFound() {
    // control dependence: the observe runs only when k > 2
    String source = "mu ~ normal(0, 1)\n"
        + "k ~ poisson(3)\n"
        + "if k > 2 {\n  observe 2.5 ~ normal(mu, 1)\n}\n"
        + "return mu\n";
    InferenceException e = assertThrows(InferenceException.class,
        () -> run("nuts", problem(source, "{}"), options(10, 10, 1, 0), 1));
    assertTrue(e.getMessage().contains("the 'observe' at gq.ppl:4:3 depends on it"),
        e.getMessage());
  }

  @Test
  void theCmdStanCsvListsGeneratedQuantitiesAfterTheParameters(@TempDir Path dir)
      throws IOException {
    // the result lists y_new first; Stan's files put generated quantities last
    String source = "data ys : Int[]\n"
        + "l ~ gamma(2, 1)\n"
        + "for y in ys {\n  observe y ~ poisson(l)\n}\n"
        + "let reps = [sample(poisson(l)), sample(poisson(l))]\n"
        + "return {y_new: reps[0], l: l, twice: 2 * l, reps: reps}\n";
    Path out = dir.resolve("gq.csv");
    run("nuts", problem(source, YS), options(100, 50, 1, 0), 3, Optional.of(out));
    List<String> rows = Files.readAllLines(dir.resolve("gq_1.csv")).stream()
        .filter(l -> !l.startsWith("#")).toList();
    assertEquals("lp__,accept_stat__,stepsize__,treedepth__,n_leapfrog__,divergent__,"
        + "energy__,l,twice,y_new,reps.1,reps.2", rows.get(0));
    assertEquals(51, rows.size(), "header + 50 draws");
    boolean varies = false;
    for (String row : rows.subList(1, rows.size())) {
      String[] cells = row.split(",");
      double l = Double.parseDouble(cells[7]);
      assertEquals(2 * l, Double.parseDouble(cells[8]), 1e-12);
      assertEquals(cells[9], cells[10], "y_new is reps[0]");
      double y = Double.parseDouble(cells[9]);
      assertTrue(y >= 0 && y == Math.rint(y), "a Poisson count: " + y);
      varies |= !cells[10].equals(cells[11]);
    }
    assertTrue(varies, "the two predictive draws of a kept draw are independent");
  }

  @Test
  void theSameSeedGivesTheSameGeneratedQuantities() {
    InferenceProblem problem = problem(GAMMA_POISSON, YS);
    Map<String, Summary> a = run("nuts", problem, options(100, 200, 2, 0), 4).summary();
    Map<String, Summary> b = run("nuts", problem, options(100, 200, 2, 0), 4).summary();
    assertEquals(a.get("y_new").mean(), b.get("y_new").mean(), 0.0);
    assertEquals(a.get("y_new").sd(), b.get("y_new").sd(), 0.0);
  }
}
