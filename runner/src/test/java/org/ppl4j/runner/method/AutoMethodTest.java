package org.ppl4j.runner.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.ppl4j.compiler.PplCompiler;
import org.ppl4j.compiler.Program;
import org.ppl4j.runner.data.DataLoader;

/**
 * {@code --method auto} picks the method by the model's class (issue 15): finite discrete and
 * few paths: enumerate; every latent continuous and static: nuts; observes interleaved with
 * choices and no continuous parameter before them: smc; other models: tempered. Each case is a
 * small program; the reasons name the counts. No randomness is asserted on: the probe uses its
 * own fixed seed.
 */
class AutoMethodTest {
  private final AutoMethod auto = new AutoMethod();

  private static InferenceProblem problem(String text, String json) {
    Program program = PplCompiler.compile("p.ppl", text);
    return new InferenceProblem(program,
        DataLoader.parse(program.dataInputs(), "p.json", json).values());
  }

  private MethodChoice choose(String text) {
    return auto.choose(problem(text, "{}"));
  }

  @Test
  void finitelyManyDiscretePathsAreEnumerated() {
    MethodChoice c = choose("a ~ bernoulli(0.3)\nb ~ bernoulli(0.5)\nc ~ categorical([0.2, 0.3,"
        + " 0.5])\ncondition(a || b)\nreturn c\n");
    assertEquals("enumerate", c.method().name());
    assertEquals("every choice is discrete and finite: 3 discrete choices, 12 execution paths",
        c.reason().orElseThrow());
    assertEquals("the program makes no random choice: 1 execution path",
        choose("return 1 + 2\n").reason().orElseThrow());
  }

  @Test
  void aStaticModelWithContinuousChoicesOnlyGoesToNuts() {
    MethodChoice c = choose("mu ~ normal(0, 1)\ns ~ gamma(2, 2)\nobserve 1.5 ~ normal(mu, s)\n"
        + "return mu\n");
    assertEquals("nuts", c.method().name());
    assertEquals("every choice is continuous and the model is static: 2 real parameters",
        c.reason().orElseThrow());
    assertEquals("tempered", c.fallback().orElseThrow().method().name(),
        "should NUTS give up on the model, tempered SMC runs");
    // continuous states interleaved with observes are still static: NUTS samples them jointly
    assertEquals("nuts", choose("x0 ~ normal(0, 1)\nobserve 0.5 ~ normal(x0, 1)\n"
        + "x1 ~ normal(x0, 1)\nobserve 0.7 ~ normal(x1, 1)\nreturn x1\n").method().name());
  }

  @Test
  void discreteAndContinuousChoicesInAStaticModelGoToTempered() {
    MethodChoice c = choose("mu ~ normal(0, 3)\nk ~ poisson(3)\n"
        + "observe 2.5 ~ normal(mu + k, 1)\nreturn mu\n");
    assertEquals("tempered", c.method().name());
    assertEquals("the choices are discrete and continuous: 1 discrete and 1 continuous choices",
        c.reason().orElseThrow());
    // a mixture: global means before the interleaved observes, which SMC would never move
    MethodChoice mixture = choose("mu1 ~ normal(-2, 1)\nmu2 ~ normal(2, 1)\n"
        + "for y in [-2.1, 1.9, 2.2] {\n  z ~ bernoulli(0.5)\n"
        + "  observe y ~ normal(if z { mu1 } else { mu2 }, 1)\n}\nreturn mu1\n");
    assertEquals("tempered", mixture.method().name());
    assertTrue(mixture.reason().orElseThrow().endsWith(
        "continuous parameters come before the observes, which smc would never move"),
        mixture.reason().orElseThrow());
    assertEquals("tempered", choose("k ~ poisson(4)\nobserve 3 ~ poisson(k + 1)\nreturn k\n")
        .method().name(), "an unbounded discrete choice cannot be enumerated");
  }

  @Test
  void observesInterleavedWithChoicesMakeASequentialModelForSmc() {
    // a hidden Markov model of 40 steps: 2^40 paths, too many to enumerate
    StringBuilder obs = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      obs.append(i == 0 ? "" : ", ").append(i % 3 == 0 ? "true" : "false");
    }
    String hmm = "data obs : Bool[]\nfun step(z, o) {\n  z2 ~ bernoulli(if z { 0.9 } else { 0.2 })\n"
        + "  observe o ~ bernoulli(if z2 { 0.8 } else { 0.1 })\n  z2\n}\n"
        + "z0 ~ bernoulli(0.5)\nreturn fold(step, z0, obs)\n";
    MethodChoice c = auto.choose(problem(hmm, "{\"obs\": [" + obs + "]}"));
    assertEquals("smc", c.method().name());
    assertEquals("observes interleave with the choices, and no continuous parameter comes before"
        + " them: a sequential model, 41 discrete choices", c.reason().orElseThrow());
    MethodChoice prior = choose("fun geom(q) = if sample(bernoulli(q)) { 0 } else { 1 + geom(q) }"
        + "\nreturn geom(0.3)\n");
    assertEquals("smc", prior.method().name(), "nothing observed: SMC draws the prior");
  }

  @Test
  void aVaryingNumberOfContinuousChoicesIsNotGivenToNuts() {
    MethodChoice c = choose("n ~ uniform_int(1, 3)\nlet xs = repeat(n, fn () => sample(normal(0,"
        + " 1)))\nobserve 1.0 ~ normal(sum(xs), 1)\nreturn n\n");
    assertEquals("tempered", c.method().name());
    MethodChoice only = choose("x ~ exponential(1)\nlet ys = if x > 1 { [x] } else"
        + " { [x, sample(normal(0, 1))] }\nobserve 0.3 ~ normal(sum(ys), 1)\nreturn x\n");
    assertEquals("tempered", only.method().name());
    assertTrue(only.reason().orElseThrow().contains("vary between runs"),
        only.reason().orElseThrow());
  }

  @Test
  void theChoiceDependsOnTheProgramAndDataOnly() {
    String text = "mu1 ~ normal(-2, 1)\nz ~ bernoulli(0.5)\nobserve 0.3 ~ normal(mu1, 1)\n"
        + "return mu1\n";
    assertEquals(choose(text), choose(text));
  }

  @Test
  void pathsAreCountedExactlyUpToTheCap() {
    InferenceProblem three = problem("a ~ bernoulli(0.5)\nb ~ bernoulli(0.5)\nc ~ bernoulli(0.5)\n"
        + "return a\n", "{}");
    assertEquals(OptionalLong.of(8), PathCount.upTo(three.model(), 100));
    assertEquals(OptionalLong.empty(), PathCount.upTo(three.model(), 7));
    // a zero weight ends a path: 1 cut + 2 complete
    InferenceProblem cut = problem("a ~ bernoulli(0.5)\ncondition(a)\nb ~ bernoulli(0.5)\n"
        + "return b\n", "{}");
    assertEquals(OptionalLong.of(3), PathCount.upTo(cut.model(), 100));
    InferenceProblem endless = problem("fun geom(q) = if sample(bernoulli(q)) { 0 } else"
        + " { 1 + geom(q) }\nreturn geom(0.5)\n", "{}");
    assertEquals(OptionalLong.empty(), PathCount.upTo(endless.model(), 1000));
  }
}
